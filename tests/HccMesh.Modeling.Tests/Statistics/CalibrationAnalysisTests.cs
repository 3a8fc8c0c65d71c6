using HccMesh.Modeling.Statistics.Calibration;
using HccMesh.TestData;
using Xunit.Abstractions;
using static HccMesh.Modeling.Tests.Statistics.StatsTinyFixture;

namespace HccMesh.Modeling.Tests.Statistics;

/// <summary>
/// Reference: stats-tiny/expected.json "calibration" (R 4.2.2 glm binomial on logit p, and with logit p as offset).
/// Same IRLS as glm.fit, so slope/intercepts/SEs are held to 1e-9 relative; Brier, mean and rate are exact
/// arithmetic (1e-14 relative). A CITL near 0 (radscore_plogis: 3.6e-11) is compared absolutely at 1e-9,
/// the size of glm's own stopping error on this scale.
/// </summary>
public class CalibrationAnalysisTests(ITestOutputHelper output)
{
    private const double IrlsTolerance = 1e-9;

    [TestDataTheory]
    [InlineData("p_ext")]
    [InlineData("radscore_plogis")]
    public void Recalibration_matches_R_glm(string block)
    {
        var p = block == "p_ext"
            ? Column(r => r.PExt)
            : Numbers("radscore", "values").Select(v => 1.0 / (1.0 + Math.Exp(-v))).ToArray();
        var result = CalibrationAnalysis.Compute(p, Outcome());
        var expected = At("calibration", block);
        double E(string name) => Number(expected.GetProperty(name));

        var max = 0.0;
        max = Math.Max(max, AssertRelative(E("slope"), result.Slope, IrlsTolerance, "slope"));
        max = Math.Max(max, AssertRelative(E("slope_se"), result.SlopeStandardError, IrlsTolerance, "slope se"));
        max = Math.Max(max, AssertRelative(E("intercept_2param"), result.Intercept, IrlsTolerance, "intercept"));
        max = Math.Max(max, AssertRelative(E("intercept_2param_se"), result.InterceptStandardError, IrlsTolerance, "intercept se"));
        max = Math.Max(max, AssertRelative(E("intercept_citl_se"), result.CalibrationInTheLargeStandardError, IrlsTolerance, "citl se"));
        var citlError = Math.Abs(E("intercept_citl")) < 1e-6
            ? AssertAbsolute(E("intercept_citl"), result.CalibrationInTheLarge, 1e-9, "citl (absolute)")
            : AssertRelative(E("intercept_citl"), result.CalibrationInTheLarge, IrlsTolerance, "citl");
        var exact = 0.0;
        exact = Math.Max(exact, AssertRelative(E("brier"), result.Brier, 1e-14, "brier"));
        exact = Math.Max(exact, AssertRelative(E("mean_predicted"), result.MeanPredicted, 1e-14, "mean predicted"));
        exact = Math.Max(exact, AssertRelative(E("observed_rate"), result.ObservedRate, 1e-14, "observed rate"));
        output.WriteLine($"{block}: glm quantities max rel error {max:E2}, citl error {citlError:E2}, brier/mean/rate {exact:E2}");
    }

    [TestDataTheory]
    [InlineData("p_ext")]
    [InlineData("radscore_plogis")]
    public void Lowess_calibration_errors_match_rms_val_prob(string block)
    {
        // rms 6.5-0 val.prob: Sm <- lowess(p, y, iter = 0); approx(Sm, xout = p, ties = mean); Eavg/Emax.
        // Deterministic arithmetic on the same inputs: 1e-12 relative.
        var p = block == "p_ext"
            ? Column(r => r.PExt)
            : Numbers("radscore", "values").Select(v => 1.0 / (1.0 + Math.Exp(-v))).ToArray();
        var result = SmoothCalibrationError.Compute(p, Outcome());
        var expected = At("calibration", block);
        var eavg = AssertRelative(Number(expected.GetProperty("val_prob_eavg")), result.Average, 1e-12, "Eavg");
        var emax = AssertRelative(Number(expected.GetProperty("val_prob_emax")), result.Maximum, 1e-12, "Emax");
        output.WriteLine($"{block}: Eavg rel error {eavg:E2}, Emax rel error {emax:E2}");
    }

    [Fact]
    public void Lowess_of_a_straight_line_is_the_line()
    {
        // A local linear fit reproduces exact linear data (iter = 0, as val.prob calls it).
        double[] x = [5, 1, 3, 2, 4, 6, 8, 7];
        var y = x.Select(v => 2.0 * v - 1.0).ToArray();
        var (xs, fitted) = Lowess.Smooth(x, y, iterations: 0);
        for (var i = 0; i < xs.Length; i++)
        {
            Assert.Equal(2.0 * xs[i] - 1.0, fitted[i], 1e-12);
        }
    }

    [Fact]
    public void Probability_of_exactly_zero_is_refused()
    {
        Assert.Throws<ArgumentException>(() => CalibrationAnalysis.Compute([0.0, 0.5, 0.7], [0, 1, 1]));
    }
}
