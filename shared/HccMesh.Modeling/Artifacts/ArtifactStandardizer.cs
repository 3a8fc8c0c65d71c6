namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// Gives a standardised-radscore artifact site standardisation statistics: mean and sample SD (N − 1) of each
/// radscore feature over local reference cases (<see cref="StandardizationCalculator"/>), written into a copy with
/// a new id/version, the missing-reason cleared, flags re-derived and provenance extended. The result is validated;
/// it can score (RiskScorer.EnsureScorable) when the features are extracted with the artifact's settings.
/// </summary>
public static class ArtifactStandardizer
{
    public const string DefaultIdSuffix = "-site";

    /// <param name="source">A valid artifact with featureScale "standardized" (with or without statistics).</param>
    /// <param name="referenceRows">One row per local reference case (feature keys "phase/name").</param>
    /// <param name="referenceDescription">What the reference cases are, e.g. "42 site reference cases from cohort.csv".</param>
    public static ModelArtifact Standardize(
        ModelArtifact source,
        IReadOnlyList<FeatureRow> referenceRows,
        string referenceDescription,
        string? id = null,
        string? version = null,
        DateTimeOffset? created = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(referenceRows);
        ModelArtifactValidator.Validate(source);
        if (source.Radscore.FeatureScale != FeatureScale.Standardized)
        {
            throw new ModelArtifactException("radscore.featureScale",
                $"model {source.Id} {source.Version} uses raw feature values (featureScale '{source.Radscore.FeatureScale}'); there is nothing to standardise");
        }

        if (referenceRows.Count < 2)
        {
            throw new ArgumentException(
                $"at least 2 reference cases are needed for a sample SD (N − 1); the reference has {referenceRows.Count}", nameof(referenceRows));
        }

        var statistics = StandardizationCalculator.Compute(source.Radscore.Features, referenceRows, referenceDescription);
        var replaced = source.Radscore.Standardization is { } old
            ? $" It replaces the previous statistics ({old.CaseCount} cases: {old.Source})."
            : "";
        var result = source with
        {
            Id = id ?? source.Id + DefaultIdSuffix,
            Version = version ?? source.Version,
            Created = created ?? DateTimeOffset.UtcNow,
            Provenance = source.Provenance +
                $" Site standardisation of {source.Id}@{source.Version} by `hccmesh model standardize`: mean and sample SD (N−1) of the " +
                $"{statistics.Features.Count} radscore features over {statistics.CaseCount} reference cases ({referenceDescription}).{replaced}",
            Radscore = source.Radscore with { Standardization = statistics, StandardizationMissingReason = null },
            Flags = [],
        };
        result = result with { Flags = ArtifactFlags.Derive(result) };
        ModelArtifactValidator.Validate(result);
        return result;
    }
}
