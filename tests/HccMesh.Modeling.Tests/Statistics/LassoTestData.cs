namespace HccMesh.Modeling.Tests.Statistics;

/// <summary>stats-tiny inputs for the LASSO tests: X = the 5 feature columns in CSV order, y = ehm, fold ids.</summary>
internal static class LassoTestData
{
    public static double[][] X() =>
        StatsTinyFixture.Rows.Select(r => StatsTinyFixture.FeatureNames.Select(f => r.Features[f]).ToArray()).ToArray();

    public static double[] Y() => StatsTinyFixture.Outcome();

    public static int[] FoldIds() => StatsTinyFixture.Rows.Select(r => r.FoldId).ToArray();

    /// <summary>expected.json lasso.beta_path as [feature][lambda].</summary>
    public static double[][] BetaPath(string block = "lasso", string? sub = null)
    {
        var path = sub is null ? new[] { block, "beta_path" } : new[] { block, sub, "beta_path" };
        var element = StatsTinyFixture.At(path);
        return StatsTinyFixture.FeatureNames.Select(f => StatsTinyFixture.Numbers(element.GetProperty(f))).ToArray();
    }
}
