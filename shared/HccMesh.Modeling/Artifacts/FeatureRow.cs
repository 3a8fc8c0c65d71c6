namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// Feature values of one reference case, keyed by <see cref="FeatureKey"/> ("phase/featureName").
/// <see cref="CaseKey"/> is an opaque case label used in error messages (never a patient name or ID).
/// </summary>
public sealed record FeatureRow(string CaseKey, IReadOnlyDictionary<string, double> Values);
