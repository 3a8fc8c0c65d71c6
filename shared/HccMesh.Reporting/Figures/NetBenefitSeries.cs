namespace HccMesh.Reporting.Figures;

/// <summary>Net benefit of one model at each threshold of the decision curve (same order as the thresholds).</summary>
public sealed record NetBenefitSeries(string Label, IReadOnlyList<double> NetBenefit);
