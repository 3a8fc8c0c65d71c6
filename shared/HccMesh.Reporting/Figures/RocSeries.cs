namespace HccMesh.Reporting.Figures;

/// <summary>One ROC curve: the (1 − specificity, sensitivity) pairs in drawing order; the label is shown in the legend
/// as given (e.g. "Combined: AUC 0.872 (95% CI 0.812–0.931)").</summary>
public sealed record RocSeries(string Label, IReadOnlyList<double> FalsePositiveRate, IReadOnlyList<double> TruePositiveRate);
