using HccMesh.Modeling.Statistics.Calibration;
using HccMesh.Modeling.Statistics.DecisionCurves;
using HccMesh.Modeling.Statistics.Logistic;
using HccMesh.Modeling.Statistics.Roc;

namespace HccMesh.Modeling.Development;

/// <summary>
/// The paper's evaluation of each model on a cohort: ROC AUC with DeLong 95% CI (direction fixed: higher
/// probability = event, so a validation cohort can't silently flip it), sensitivity/specificity/PPV/NPV/F1 at a
/// cutoff (given, e.g. the training Youden cutoff, or this cohort's own Youden cutoff), Hosmer–Lemeshow (10
/// groups), logistic calibration intercept and slope, binned calibration curve with Clopper–Pearson CIs, lowess
/// smooth, decision curve; then DeLong tests between every pair of models.
/// </summary>
public static class PerformanceEvaluator
{
    public const string YoudenOnThisCohort = "Youden cutoff of this cohort";

    /// <param name="cutoffs">Probability cutoff per model with where it came from. Without this argument (development) every
    /// model gets this cohort's Youden cutoff; with it, a model it does not list is not classified — a cutoff tuned on the
    /// cohort being evaluated would make its sensitivity and specificity optimistic.</param>
    public static CohortPerformance Evaluate(
        CohortScores scores, IReadOnlyDictionary<string, (double Cutoff, string Source)>? cutoffs = null, int calibrationBins = 10)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var outcome = scores.Outcome.Select(v => (int)v).ToArray();
        var performances = new List<ModelPerformance>();
        foreach (var model in scores.Models)
        {
            performances.Add(EvaluateModel(model, scores.Outcome, outcome, cutoffs, calibrationBins));
        }

        var comparisons = new List<AucComparison>();
        for (var a = performances.Count - 1; a >= 0; a--)
        {
            for (var b = a - 1; b >= 0; b--)
            {
                comparisons.Add(new AucComparison(performances[a].Model, performances[b].Model, DeLongTest.Paired(performances[a].Roc, performances[b].Roc)));
            }
        }

        return new CohortPerformance(scores.Cohort, scores.Source, outcome.Length, outcome.Sum(), performances, comparisons);
    }

    /// <summary>The Youden cutoff of <paramref name="performance"/>'s ROC curve (the first of tied points, pROC's order).</summary>
    /// <summary>Each model's Youden cutoff on <paramref name="scores"/> (the first of tied points, pROC's order), labelled <paramref name="source"/>.</summary>
    public static Dictionary<string, (double Cutoff, string Source)> YoudenCutoffs(CohortScores scores, string source)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var outcome = scores.Outcome.Select(v => (int)v).ToArray();
        return scores.Models.ToDictionary(
            m => m.Model,
            m => (YoudenCutoff.Find(RocCurve.Compute(m.Probability, outcome, RocDirection.ControlsLower))[0].Threshold, source));
    }

    private static ModelPerformance EvaluateModel(
        ModelScores model, double[] y, int[] outcome, IReadOnlyDictionary<string, (double Cutoff, string Source)>? cutoffs, int bins)
    {
        var p = model.Probability;
        var roc = RocCurve.Compute(p, outcome, RocDirection.ControlsLower);
        var auc = DeLongAuc.ConfidenceInterval(roc);
        ClassificationAtCutoff? classification = null;
        if (cutoffs is null)
        {
            var youden = YoudenCutoff.Find(roc)[0].Threshold;
            classification = new ClassificationAtCutoff(youden, YoudenOnThisCohort, roc.ConfusionAt(youden));
        }
        else if (cutoffs.TryGetValue(model.Model, out var given))
        {
            classification = new ClassificationAtCutoff(given.Cutoff, given.Source, roc.ConfusionAt(given.Cutoff));
        }
        HosmerLemeshowResult? hosmerLemeshow = null;
        string? unavailable = null;
        try
        {
            hosmerLemeshow = HosmerLemeshow.Test(p, y, 10);
        }
        catch (ArgumentException e)
        {
            unavailable = e.Message;
        }

        // rms val.prob's smooth calibration curve: lowess without robustness iterations.
        CalibrationResult? calibration = null;
        string? calibrationUnavailable = null;
        try
        {
            calibration = CalibrationAnalysis.Compute(p, y);
        }
        catch (Exception e) when (e is ArgumentException or SeparationException)
        {
            // e.g. probabilities of exactly 0 or 1, or a linear predictor so extreme on this cohort that the recalibration fit degenerates.
            calibrationUnavailable = e.Message;
        }

        var (smoothX, smoothY) = Lowess.Smooth(p, y, iterations: 0);
        return new ModelPerformance(
            model.Model,
            outcome.Length,
            outcome.Sum(),
            roc,
            auc,
            classification,
            hosmerLemeshow,
            unavailable,
            calibration,
            calibrationUnavailable,
            CalibrationCurve.Binned(p, y, bins),
            smoothX,
            smoothY,
            SmoothCalibrationError.Compute(p, y),
            DecisionCurve.Compute(p, y));
    }
}
