using HccMesh.Modeling.Statistics.Reliability;

namespace HccMesh.Modeling.Tests.Statistics;

/// <summary>
/// Reference: psych::ICC(x, lmer = FALSE) from R 4.2.2 / psych 2.2.9 on our own synthetic data
/// (Fixtures/icc/make-icc-fixture.R, values printed with %.17g). All quantities are closed forms, so 1e-11 relative.
/// </summary>
public class IccAgainstPsychTests
{
    private const double RelativeTolerance = 1e-11; // measured max 2.8e-13 (p-values)

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in IccFixture.SetNames)
        {
            foreach (var type in new[] { "ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k" })
            {
                data.Add(set, type);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_icc_form_matches_psych(string set, string type)
    {
        var result = IntraclassCorrelation.Compute(IccFixture.Table(set));
        var estimate = result[FormOf(type)];
        var expected = IccFixture.Row(set, type);

        AssertRelative(expected.GetProperty("icc").GetDouble(), estimate.Value, "ICC");
        AssertRelative(expected.GetProperty("f").GetDouble(), estimate.F, "F");
        AssertRelative(expected.GetProperty("df1").GetDouble(), estimate.Df1, "df1");
        AssertRelative(expected.GetProperty("df2").GetDouble(), estimate.Df2, "df2");
        AssertRelative(expected.GetProperty("p").GetDouble(), estimate.PValue, "p");
        AssertRelative(expected.GetProperty("lower").GetDouble(), estimate.LowerBound, "lower bound");
        AssertRelative(expected.GetProperty("upper").GetDouble(), estimate.UpperBound, "upper bound");
    }

    [Fact]
    public void Jagged_and_rectangular_inputs_give_the_same_result()
    {
        var table = IccFixture.Table("three_readers_moderate");
        var jagged = new double[table.GetLength(0)][];
        for (var i = 0; i < jagged.Length; i++)
        {
            jagged[i] = new double[table.GetLength(1)];
            for (var j = 0; j < table.GetLength(1); j++)
            {
                jagged[i][j] = table[i, j];
            }
        }

        Assert.Equal(IntraclassCorrelation.Compute(table), IntraclassCorrelation.Compute(jagged));
    }

    private static IccForm FormOf(string type) => type switch
    {
        "ICC1" => IccForm.Icc1,
        "ICC2" => IccForm.Icc2,
        "ICC3" => IccForm.Icc3,
        "ICC1k" => IccForm.Icc1k,
        "ICC2k" => IccForm.Icc2k,
        "ICC3k" => IccForm.Icc3k,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static void AssertRelative(double expected, double actual, string what)
    {
        var error = Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), double.Epsilon);
        Assert.True(error <= RelativeTolerance, $"{what}: expected {expected:R}, got {actual:R} (relative error {error:E2})");
    }
}
