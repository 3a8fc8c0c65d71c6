namespace HccMesh.Modeling.Statistics.DecisionCurves;

/// <summary>Net benefit per threshold probability for a model, treat-all and treat-none (always 0).</summary>
public sealed record DecisionCurveResult(
    IReadOnlyList<double> Thresholds,
    double Prevalence,
    IReadOnlyList<double> Model,
    IReadOnlyList<double> TreatAll,
    IReadOnlyList<double> TreatNone);
