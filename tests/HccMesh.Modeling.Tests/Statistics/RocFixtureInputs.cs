namespace HccMesh.Modeling.Tests.Statistics;

/// <summary>The predictors of the stats-tiny "roc" block (see its README), in tiny.csv row order.</summary>
internal static class RocFixtureInputs
{
    public static readonly string[] Predictors = ["radscore", "p_ext", "p_clinical", "p_combined", "alb", "mvi"];

    public static int[] Outcomes() => StatsTinyFixture.Rows.Select(r => r.Ehm).ToArray();

    public static double[] Scores(string predictor) => predictor switch
    {
        "radscore" => StatsTinyFixture.Numbers("radscore", "values"),
        "p_clinical" => StatsTinyFixture.Numbers("predictions", "p_clinical"),
        "p_combined" => StatsTinyFixture.Numbers("predictions", "p_combined"),
        "p_ext" => StatsTinyFixture.Column(r => r.PExt),
        "alb" => StatsTinyFixture.Column(r => r.Alb),
        "mvi" => StatsTinyFixture.Column(r => r.Mvi),
        _ => throw new ArgumentOutOfRangeException(nameof(predictor), predictor, null),
    };

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var p in Predictors)
        {
            data.Add(p);
        }

        return data;
    }
}
