using HccMesh.Modeling.Statistics.Roc;
using HccMesh.TestData;
using Xunit.Abstractions;

namespace HccMesh.Modeling.Tests.Statistics;

public sealed class RocCurveTests(ITestOutputHelper output)
{
    // AUC is a ratio of integer counts; pROC sums trapezoids, so only rounding-level differences are expected.
    private const double AucTolerance = 1e-12;

    // Thresholds are midpoints of the same parsed doubles; R's own decimal parser may be 1 ulp off, hence relative 1e-12.
    private const double ThresholdRelativeTolerance = 1e-12;

    // Sensitivity/specificity are k/m with the same integers on both sides.
    private const double RateTolerance = 1e-15;

    public static TheoryData<string> Predictors => RocFixtureInputs.All();

    [TestDataTheory]
    [MemberData(nameof(Predictors))]
    public void Auc_with_controls_lower_matches_pROC(string predictor)
    {
        // Reference: stats-tiny expected.json roc.<predictor>.auc (pROC 1.18, direction "<").
        var curve = RocCurve.Compute(RocFixtureInputs.Scores(predictor), RocFixtureInputs.Outcomes(), RocDirection.ControlsLower);
        var expected = StatsTinyFixture.Number("roc", predictor, "auc");
        output.WriteLine($"{predictor}: auc error {Math.Abs(curve.Auc - expected):E2}");
        Assert.Equal(expected, curve.Auc, AucTolerance);
        Assert.Equal(RocDirection.ControlsLower, curve.Direction);
    }

    [TestDataTheory]
    [MemberData(nameof(Predictors))]
    public void Auto_direction_follows_pROC_median_rule(string predictor)
    {
        // Reference: roc.<predictor>.auto_direction / auto_auc (pROC default direction "auto"; alb flips to ">").
        var curve = RocCurve.Compute(RocFixtureInputs.Scores(predictor), RocFixtureInputs.Outcomes(), RocDirection.Auto);
        var expectedDirection = StatsTinyFixture.At("roc", predictor, "auto_direction").GetString() == "<"
            ? RocDirection.ControlsLower
            : RocDirection.ControlsHigher;
        Assert.Equal(expectedDirection, curve.Direction);
        Assert.Equal(StatsTinyFixture.Number("roc", predictor, "auto_auc"), curve.Auc, AucTolerance);
    }

    [TestDataFact]
    public void Flipped_alb_curve_has_the_complementary_auc()
    {
        // Reference: roc.alb: auc 0.41346 under "<", auto_auc 0.58654 = 1 − 0.41346 under ">".
        var scores = RocFixtureInputs.Scores("alb");
        var flipped = RocCurve.Compute(scores, RocFixtureInputs.Outcomes(), RocDirection.ControlsHigher);
        Assert.Equal(StatsTinyFixture.Number("roc", "alb", "auto_auc"), flipped.Auc, AucTolerance);
        Assert.Equal(1 - StatsTinyFixture.Number("roc", "alb", "auc"), flipped.Auc, AucTolerance);
    }

    [TestDataFact]
    public void P_ext_curve_points_match_pROC()
    {
        // Reference: roc_curve_p_ext (pROC 1.18 roc$thresholds / sensitivities / specificities, increasing threshold).
        var curve = RocCurve.Compute(RocFixtureInputs.Scores("p_ext"), RocFixtureInputs.Outcomes(), RocDirection.ControlsLower);
        var thresholds = StatsTinyFixture.Numbers("roc_curve_p_ext", "threshold");
        var sensitivities = StatsTinyFixture.Numbers("roc_curve_p_ext", "sensitivity");
        var specificities = StatsTinyFixture.Numbers("roc_curve_p_ext", "specificity");
        Assert.Equal(thresholds.Length, curve.Thresholds.Count);
        Assert.Equal(double.NegativeInfinity, curve.Thresholds[0]);
        Assert.Equal(double.PositiveInfinity, curve.Thresholds[^1]);
        double maxThreshold = 0, maxRate = 0;
        for (var i = 0; i < thresholds.Length; i++)
        {
            if (double.IsFinite(thresholds[i]))
            {
                var relative = Math.Abs(curve.Thresholds[i] - thresholds[i]) / Math.Abs(thresholds[i]);
                maxThreshold = Math.Max(maxThreshold, relative);
                Assert.True(relative <= ThresholdRelativeTolerance, $"threshold {i}: {curve.Thresholds[i]} vs {thresholds[i]}");
            }

            maxRate = Math.Max(maxRate, Math.Max(Math.Abs(curve.Sensitivities[i] - sensitivities[i]), Math.Abs(curve.Specificities[i] - specificities[i])));
            Assert.Equal(sensitivities[i], curve.Sensitivities[i], RateTolerance);
            Assert.Equal(specificities[i], curve.Specificities[i], RateTolerance);
        }

        output.WriteLine($"p_ext curve: max threshold rel error {maxThreshold:E2}, max se/sp error {maxRate:E2}");
    }

    [Fact]
    public void Thresholds_are_midpoints_with_infinite_ends_and_ties_count_half()
    {
        // Scores 1,2,2,3 (controls 1,2; cases 2,3). Distinct 1,2,3 → thresholds −∞, 1.5, 2.5, +∞.
        // AUC: pairs (case,control) = (2,1)=1, (2,2)=½, (3,1)=1, (3,2)=1 → 3.5/4 = 0.875.
        var curve = RocCurve.Compute([1, 2, 2, 3], [0, 0, 1, 1]);
        Assert.Equal([double.NegativeInfinity, 1.5, 2.5, double.PositiveInfinity], curve.Thresholds);
        Assert.Equal([1.0, 1.0, 0.5, 0.0], curve.Sensitivities);
        Assert.Equal([0.0, 0.5, 1.0, 1.0], curve.Specificities);
        Assert.Equal(0.875, curve.Auc, 1e-15);
    }

    [Fact]
    public void Controls_higher_direction_orders_points_by_increasing_specificity()
    {
        // Same data, direction ">": positive when score ≤ t; pROC's sort.roc reverses to increasing specificity,
        // so thresholds run +∞, 2.5, 1.5, −∞. AUC = 1 − 0.875.
        var curve = RocCurve.Compute([1, 2, 2, 3], [0, 0, 1, 1], RocDirection.ControlsHigher);
        Assert.Equal([double.PositiveInfinity, 2.5, 1.5, double.NegativeInfinity], curve.Thresholds);
        Assert.Equal([1.0, 0.5, 0.0, 0.0], curve.Sensitivities);
        Assert.Equal([0.0, 0.0, 0.5, 1.0], curve.Specificities);
        Assert.Equal(0.125, curve.Auc, 1e-15);
    }

    [Fact]
    public void Curve_without_controls_is_refused()
    {
        Assert.Throws<ArgumentException>(() => RocCurve.Compute([0.1, 0.2], [1, 1]));
    }

    [Fact]
    public void Nan_score_is_refused()
    {
        Assert.Throws<ArgumentException>(() => RocCurve.Compute([0.1, double.NaN], [0, 1]));
    }
}
