using HccMesh.Modeling.Statistics.Roc;
using HccMesh.TestData;
using Xunit.Abstractions;

namespace HccMesh.Modeling.Tests.Statistics;

public sealed class YoudenCutoffTests(ITestOutputHelper output)
{
    // Thresholds: pROC midpoints of the same doubles; relative 1e-12 covers a 1-ulp difference in R's decimal parsing.
    private const double ThresholdRelativeTolerance = 1e-12;

    // Sensitivity, specificity, J: ratios of the same integer counts.
    private const double RateTolerance = 1e-15;

    public static TheoryData<string> Predictors => new() { "radscore", "p_ext", "p_combined", "alb" };

    [TestDataTheory]
    [MemberData(nameof(Predictors))]
    public void Youden_best_point_matches_pROC_coords(string predictor)
    {
        // Reference: youden.<predictor> (pROC 1.18 coords(x="best", best.method="youden"), direction "<" for all, alb included).
        var curve = RocCurve.Compute(RocFixtureInputs.Scores(predictor), RocFixtureInputs.Outcomes(), RocDirection.ControlsLower);
        var best = YoudenCutoff.Find(curve);
        Assert.Equal(StatsTinyFixture.At("youden", predictor, "n_best").GetInt32(), best.Count);
        var threshold = StatsTinyFixture.Numbers("youden", predictor, "threshold")[0];
        var relative = Math.Abs(best[0].Threshold - threshold) / Math.Abs(threshold);
        output.WriteLine($"{predictor}: threshold rel error {relative:E2}");
        Assert.True(relative <= ThresholdRelativeTolerance, $"{best[0].Threshold:R} vs {threshold:R}");
        Assert.Equal(StatsTinyFixture.Numbers("youden", predictor, "sensitivity")[0], best[0].Sensitivity, RateTolerance);
        Assert.Equal(StatsTinyFixture.Numbers("youden", predictor, "specificity")[0], best[0].Specificity, RateTolerance);
        Assert.Equal(StatsTinyFixture.Numbers("youden", predictor, "youden_J")[0], best[0].YoudenJ, 1e-15);
    }

    [Fact]
    public void Youden_cutoff_and_f1_on_a_hand_checked_example()
    {
        // Scores 1..10; cases 4, 7, 8, 10 (m = 4); controls 1, 2, 3, 5, 6, 9 (n = 6).
        // Candidate sums se + sp: t = 3.5 → 1 + 3/6 = 1.5; t = 6.5 → 3/4 + 5/6 = 1.5833 (best, unique);
        // t = 7.5 → 2/4 + 5/6 = 1.333; t = 2.5 → 1 + 2/6 = 1.333; t = 4.5 → 3/4 + 3/6 = 1.25.
        // At t = 6.5 (positive when score ≥ 6.5): TP = 3 (7, 8, 10), FN = 1 (4), FP = 1 (9), TN = 5.
        // Precision = 3/4, recall = 3/4, F1 = 2·3 / (2·3 + 1 + 1) = 0.75.
        double[] scores = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        int[] outcomes = [0, 0, 0, 1, 0, 0, 1, 1, 0, 1];
        var curve = RocCurve.Compute(scores, outcomes);
        var best = Assert.Single(YoudenCutoff.Find(curve));
        Assert.Equal(6.5, best.Threshold);
        Assert.Equal(0.75, best.Sensitivity, 1e-15);
        Assert.Equal(5.0 / 6.0, best.Specificity, 1e-15);
        Assert.Equal(0.75 + (5.0 / 6.0) - 1, best.YoudenJ, 1e-15);

        var confusion = curve.ConfusionAt(best.Threshold);
        Assert.Equal(new ConfusionMatrix(TruePositives: 3, FalsePositives: 1, TrueNegatives: 5, FalseNegatives: 1), confusion);
        Assert.Equal(0.75, confusion.Precision, 1e-15);
        Assert.Equal(0.75, confusion.F1, 1e-15);
        Assert.Equal(best.Sensitivity, confusion.Sensitivity, 1e-15);
        Assert.Equal(best.Specificity, confusion.Specificity, 1e-15);
    }

    [Fact]
    public void Tied_best_points_are_all_returned()
    {
        // Scores 1..4, controls 1, 3; cases 2, 4: t = 1.5 → 1 + ½; t = 3.5 → ½ + 1; both se + sp = 1.5 (t = 2.5 → ½ + ½).
        var best = YoudenCutoff.Find(RocCurve.Compute([1, 2, 3, 4], [0, 1, 0, 1]));
        Assert.Equal([1.5, 3.5], best.Select(b => b.Threshold));
    }
}
