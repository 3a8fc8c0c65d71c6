using HccMesh.Modeling.Statistics.Roc;
using HccMesh.TestData;
using Xunit.Abstractions;

namespace HccMesh.Modeling.Tests.Statistics;

public sealed class DeLongTests(ITestOutputHelper output)
{
    // Variance/covariance: sums of ~40 products of placements; relative 1e-10 allows summation-order rounding only.
    private const double VarianceRelativeTolerance = 1e-10;

    // CI limits are AUC ± 1.96·√var, all O(1).
    private const double CiTolerance = 1e-12;

    // z and p: relative 1e-9 (p goes through the normal tail function).
    private const double TestRelativeTolerance = 1e-9;

    public static TheoryData<string> Predictors => RocFixtureInputs.All();

    public static TheoryData<string, string, string> Comparisons => new()
    {
        { "radscore_vs_p_ext", "radscore", "p_ext" },
        { "radscore_vs_p_combined", "radscore", "p_combined" },
        { "p_clinical_vs_p_combined", "p_clinical", "p_combined" },
    };

    [TestDataTheory]
    [MemberData(nameof(Predictors))]
    public void Variance_and_ci_match_pROC_delong(string predictor)
    {
        // Reference: roc.<predictor>.var_delong, ci_lower, ci_upper (pROC 1.18 var / ci.auc, method delong, direction "<").
        var curve = RocCurve.Compute(RocFixtureInputs.Scores(predictor), RocFixtureInputs.Outcomes(), RocDirection.ControlsLower);
        var ci = DeLongAuc.ConfidenceInterval(curve);
        var expectedVariance = StatsTinyFixture.Number("roc", predictor, "var_delong");
        var lower = StatsTinyFixture.Number("roc", predictor, "ci_lower");
        var upper = StatsTinyFixture.Number("roc", predictor, "ci_upper");
        output.WriteLine($"{predictor}: var rel error {RelativeError(ci.Variance, expectedVariance):E2}, "
            + $"ci errors {Math.Abs(ci.Lower - lower):E2} {Math.Abs(ci.Upper - upper):E2}");
        AssertRelative(expectedVariance, ci.Variance, VarianceRelativeTolerance);
        Assert.Equal(ci.Variance, DeLongAuc.Variance(curve));
        Assert.Equal(lower, ci.Lower, CiTolerance);
        Assert.Equal(upper, ci.Upper, CiTolerance);
    }

    [TestDataTheory]
    [MemberData(nameof(Predictors))]
    public void Auto_direction_ci_matches_pROC(string predictor)
    {
        // Reference: roc.<predictor>.auto_ci_lower / auto_ci_upper (alb is flipped to ">").
        var curve = RocCurve.Compute(RocFixtureInputs.Scores(predictor), RocFixtureInputs.Outcomes(), RocDirection.Auto);
        var ci = DeLongAuc.ConfidenceInterval(curve);
        Assert.Equal(StatsTinyFixture.Number("roc", predictor, "auto_ci_lower"), ci.Lower, CiTolerance);
        Assert.Equal(StatsTinyFixture.Number("roc", predictor, "auto_ci_upper"), ci.Upper, CiTolerance);
    }

    [TestDataFact]
    public void Upper_limit_is_clipped_at_one()
    {
        // Reference: roc.p_combined.ci_upper is exactly 1 (0.8736 + 1.96·√0.0057 > 1).
        var curve = RocCurve.Compute(RocFixtureInputs.Scores("p_combined"), RocFixtureInputs.Outcomes());
        Assert.Equal(1.0, DeLongAuc.ConfidenceInterval(curve).Upper);
    }

    [TestDataTheory]
    [MemberData(nameof(Comparisons))]
    public void Paired_test_matches_pROC_roc_test(string name, string first, string second)
    {
        // Reference: roc_test.<name> (pROC 1.18 roc.test, method delong, paired).
        var outcomes = RocFixtureInputs.Outcomes();
        var a = RocCurve.Compute(RocFixtureInputs.Scores(first), outcomes);
        var b = RocCurve.Compute(RocFixtureInputs.Scores(second), outcomes);
        var result = DeLongTest.Paired(a, b);
        double E(string key) => StatsTinyFixture.Number("roc_test", name, key);
        output.WriteLine($"{name}: cov rel {RelativeError(result.Covariance, E("covariance")):E2}, "
            + $"z rel {RelativeError(result.Z, E("z")):E2}, p rel {RelativeError(result.PValue, E("p_value")):E2}");
        Assert.Equal(E("auc1"), result.Auc1, 1e-12);
        Assert.Equal(E("auc2"), result.Auc2, 1e-12);
        AssertRelative(E("var1"), result.Variance1, VarianceRelativeTolerance);
        AssertRelative(E("var2"), result.Variance2, VarianceRelativeTolerance);
        AssertRelative(E("covariance"), result.Covariance, VarianceRelativeTolerance);
        AssertRelative(E("z"), result.Z, TestRelativeTolerance);
        AssertRelative(E("p_value"), result.PValue, TestRelativeTolerance);
    }

    [Fact]
    public void Paired_test_on_different_patients_is_refused()
    {
        var a = RocCurve.Compute([1, 2, 3, 4], [0, 0, 1, 1]);
        var b = RocCurve.Compute([1, 2, 3, 4], [0, 1, 0, 1]);
        Assert.Throws<ArgumentException>(() => DeLongTest.Paired(a, b));
    }

    [Fact]
    public void Variance_by_hand_on_four_patients()
    {
        // Controls 1,3; cases 2,4. V10(case 2) = ½ (beats 1), V10(case 4) = 1; V01(control 1) = 1, V01(control 3) = ½.
        // s²(V10) = ((½−¾)² + (1−¾)²)/1 = 1/8, same for V01 → var = (1/8)/2 + (1/8)/2 = 1/8. AUC = 3/4.
        var curve = RocCurve.Compute([1, 2, 3, 4], [0, 1, 0, 1]);
        Assert.Equal(0.75, curve.Auc, 1e-15);
        Assert.Equal(0.125, DeLongAuc.Variance(curve), 1e-15);
    }

    private static double RelativeError(double actual, double expected) => Math.Abs(actual - expected) / Math.Abs(expected);

    private static void AssertRelative(double expected, double actual, double tolerance) =>
        Assert.True(RelativeError(actual, expected) <= tolerance, $"expected {expected:R}, got {actual:R} (relative tolerance {tolerance})");
}
