namespace HccMesh.Modeling.Cohorts;

/// <summary><paramref name="Count"/> missing cells of <paramref name="Column"/> were replaced by <paramref name="Value"/>.</summary>
public sealed record Imputation(string Column, int Count, double Value);
