using HccMesh.Modeling.Statistics.Calibration;
using HccMesh.TestData;
using Xunit.Abstractions;
using static HccMesh.Modeling.Tests.Statistics.StatsTinyFixture;

namespace HccMesh.Modeling.Tests.Statistics;

/// <summary>
/// Reference: stats-tiny/expected.json "hosmer_lemeshow" (hoslem.test definition re-implemented in plain R 4.2.2).
/// Counts and group sizes are exact; breaks, sums and χ² are plain floating-point arithmetic on the same
/// inputs, held to 1e-12 relative; the p-value (incomplete gamma) to 1e-10 relative.
/// </summary>
public class HosmerLemeshowTests(ITestOutputHelper output)
{
    [TestDataTheory]
    [InlineData("p_ext", "p_ext", 10)]
    [InlineData("p_combined", "p_combined", 10)]
    [InlineData("p_ext_g5", "p_ext", 5)]
    public void Test_matches_the_fixture(string block, string predictor, int groups)
    {
        var p = predictor == "p_ext" ? Column(r => r.PExt) : Numbers("predictions", predictor);
        var result = HosmerLemeshow.Test(p, Outcome(), groups);
        var expected = At("hosmer_lemeshow", block);
        var table = expected.GetProperty("groups");

        Assert.Equal((int)Number(expected.GetProperty("df")), result.DegreesOfFreedom);
        var breaks = Numbers(table.GetProperty("breaks"));
        Assert.Equal(breaks.Length, result.Breaks.Count);
        var max = 0.0;
        for (var b = 0; b < breaks.Length; b++)
        {
            max = Math.Max(max, AssertRelative(breaks[b], result.Breaks[b], 1e-12, $"break {b}"));
        }

        var n = Numbers(table.GetProperty("n"));
        var o1 = Numbers(table.GetProperty("observed1"));
        var e1 = Numbers(table.GetProperty("expected1"));
        var o0 = Numbers(table.GetProperty("observed0"));
        var e0 = Numbers(table.GetProperty("expected0"));
        Assert.Equal(n.Length, result.Groups.Count);
        for (var g = 0; g < n.Length; g++)
        {
            var group = result.Groups[g];
            Assert.Equal((int)n[g], group.Count);
            Assert.Equal(o1[g], group.Observed1);
            Assert.Equal(o0[g], group.Observed0);
            max = Math.Max(max, AssertRelative(e1[g], group.Expected1, 1e-12, $"expected1[{g}]"));
            max = Math.Max(max, AssertRelative(e0[g], group.Expected0, 1e-12, $"expected0[{g}]"));
        }

        max = Math.Max(max, AssertRelative(Number(expected.GetProperty("chisq")), result.ChiSquare, 1e-12, "chisq"));
        var pError = AssertRelative(Number(expected.GetProperty("p_value")), result.PValue, 1e-10, "p value");
        output.WriteLine($"{block}: max rel error (breaks, sums, chisq) {max:E2}, p value {pError:E2}");
    }

    [Fact]
    public void Type7_quantile_interpolates_between_order_statistics()
    {
        // R: quantile(c(1, 2, 4, 8), c(0, 0.25, 0.5, 1)) = 1, 1.75, 3, 8.
        double[] sorted = [1, 2, 4, 8];
        Assert.Equal(1.0, Quantile.Type7(sorted, 0.0));
        Assert.Equal(1.75, Quantile.Type7(sorted, 0.25), 1e-15);
        Assert.Equal(3.0, Quantile.Type7(sorted, 0.5), 1e-15);
        Assert.Equal(8.0, Quantile.Type7(sorted, 1.0));
    }

    [Fact]
    public void Constant_predictions_are_refused()
    {
        Assert.Throws<ArgumentException>(() => HosmerLemeshow.Test([0.3, 0.3, 0.3, 0.3], [0, 1, 0, 1]));
    }
}
