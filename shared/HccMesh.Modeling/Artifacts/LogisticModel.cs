namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// logit(p) = Intercept + Σ coefficient_j · x_j, with coefficient_j = ln(OR_j) and x_j the coded
/// clinical value or the radscore.
/// </summary>
public sealed record LogisticModel
{
    /// <summary>Where the terms come from (e.g. "Table 3, multivariate").</summary>
    public required string Source { get; init; }

    public required IReadOnlyList<ModelTerm> Terms { get; init; }

    public required double Intercept { get; init; }

    /// <summary>True when the source gives no intercept and <see cref="Intercept"/> was estimated.</summary>
    public required bool InterceptEstimated { get; init; }

    /// <summary>How the intercept was estimated; required when <see cref="InterceptEstimated"/>.</summary>
    public string? InterceptMethod { get; init; }
}
