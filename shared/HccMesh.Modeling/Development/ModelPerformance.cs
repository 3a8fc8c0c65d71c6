using HccMesh.Modeling.Statistics.Calibration;
using HccMesh.Modeling.Statistics.DecisionCurves;
using HccMesh.Modeling.Statistics.Roc;

namespace HccMesh.Modeling.Development;

/// <summary>
/// Discrimination, classification at a cutoff (null when the model has none, see <see cref="PerformanceEvaluator"/>), calibration and clinical usefulness of one model on one cohort.
/// <see cref="HosmerLemeshow"/> is null (with <see cref="HosmerLemeshowUnavailable"/> saying why) when the
/// predictions cannot form the groups; <see cref="Calibration"/> likewise (<see cref="CalibrationUnavailable"/>) when the
/// logistic recalibration cannot be fitted (probabilities of 0 or 1, degenerate linear predictor).
/// </summary>
public sealed record ModelPerformance(
    string Model,
    int Count,
    int Events,
    RocCurve Roc,
    AucConfidenceInterval Auc,
    ClassificationAtCutoff? Classification,
    HosmerLemeshowResult? HosmerLemeshow,
    string? HosmerLemeshowUnavailable,
    CalibrationResult? Calibration,
    string? CalibrationUnavailable,
    IReadOnlyList<CalibrationBin> CalibrationBins,
    double[] SmoothPredicted,
    double[] SmoothObserved,
    SmoothCalibrationError SmoothError,
    DecisionCurveResult DecisionCurve);

/// <summary>Confusion matrix at a probability cutoff and where the cutoff came from.</summary>
public sealed record ClassificationAtCutoff(double Cutoff, string CutoffSource, ConfusionMatrix Confusion)
{
    public double Accuracy => (double)(Confusion.TruePositives + Confusion.TrueNegatives) / (Confusion.Cases + Confusion.Controls);

    public double NegativePredictiveValue => (double)Confusion.TrueNegatives / (Confusion.TrueNegatives + Confusion.FalseNegatives);
}

/// <summary>Paired DeLong test of two models' AUCs on the same cohort.</summary>
public sealed record AucComparison(string First, string Second, DeLongTestResult Test);

/// <summary>Every model's performance on one cohort and the pairwise AUC comparisons.</summary>
public sealed record CohortPerformance(
    string Cohort,
    string Source,
    int Count,
    int Events,
    IReadOnlyList<ModelPerformance> Models,
    IReadOnlyList<AucComparison> Comparisons)
{
    public ModelPerformance this[string model] => Models.First(m => m.Model == model);
}
