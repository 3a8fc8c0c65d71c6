namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// Derives the demo artifact ("hcc-ehm-demo") from the published one: same coefficients, intercepts,
/// coding and cutoff, plus standardisation statistics computed over freely licensed reference cases
/// by <see cref="StandardizationCalculator"/> (mean, sample SD with N − 1). The result carries
/// <see cref="DemoMarker.StandardNotice"/>, which every output must show.
/// </summary>
public static class DemoArtifactBuilder
{
    public const string DemoId = "hcc-ehm-demo";

    public static ModelArtifact FromPublished(
        ModelArtifact published, IReadOnlyList<FeatureRow> referenceRows, string sourceDescription, DateTimeOffset? created = null)
    {
        ArgumentNullException.ThrowIfNull(published);
        ModelArtifactValidator.Validate(published);
        if (published.Radscore.FeatureScale != FeatureScale.Standardized)
        {
            throw new ModelArtifactException("radscore.featureScale", "a demo artifact is derived only from a standardised model");
        }

        var statistics = StandardizationCalculator.Compute(published.Radscore.Features, referenceRows, sourceDescription);
        var derivedFrom = $"{published.Id}@{published.Version}";
        var demo = published with
        {
            Id = DemoId,
            Created = created ?? DateTimeOffset.UtcNow,
            Title = $"{published.Title ?? published.Id} — demo standardisation",
            Provenance = published.Provenance +
                $" Demo artifact derived from {derivedFrom}: standardisation statistics (mean, sample SD N−1) computed by HccMesh over " +
                $"{statistics.CaseCount} reference cases ({sourceDescription}). These are not the paper's training statistics.",
            Demo = new DemoMarker { Notice = DemoMarker.StandardNotice, DerivedFrom = derivedFrom },
            Radscore = published.Radscore with { Standardization = statistics, StandardizationMissingReason = null },
            Flags = [],
        };
        demo = demo with { Flags = ArtifactFlags.Derive(demo) };
        ModelArtifactValidator.Validate(demo);
        return demo;
    }
}
