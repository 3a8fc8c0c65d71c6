namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// radscore = Intercept + Σ coefficient_i · x_i, with x_i the raw feature value
/// (<see cref="FeatureScale.Raw"/>) or its z-score (<see cref="FeatureScale.Standardized"/>).
/// </summary>
public sealed record RadscoreModel
{
    /// <summary>"raw" or "standardized" (<see cref="Artifacts.FeatureScale"/>).</summary>
    public required string FeatureScale { get; init; }

    public required double Intercept { get; init; }

    public required IReadOnlyList<RadscoreFeature> Features { get; init; }

    /// <summary>Per-feature mean and SD; required for standardised models that can score.</summary>
    public StandardizationStatistics? Standardization { get; init; }

    /// <summary>
    /// Why a standardised model has no statistics (e.g. "not published"). Declaring it lets the
    /// artifact load; scoring with it is refused.
    /// </summary>
    public string? StandardizationMissingReason { get; init; }
}
