namespace HccMesh.Modeling.Artifacts;

/// <summary>Per-feature mean and SD used to standardise radscore inputs, and where they came from.</summary>
public sealed record StandardizationStatistics
{
    /// <summary>The only estimator used: sample standard deviation with divisor N − 1.</summary>
    public const string SampleSdEstimator = "sample-n-minus-1";

    /// <summary>Description of the reference cases (data set, licence, extractor, settings).</summary>
    public required string Source { get; init; }

    public required int CaseCount { get; init; }

    /// <summary>Always <see cref="SampleSdEstimator"/>.</summary>
    public required string SdEstimator { get; init; }

    public required IReadOnlyList<FeatureStatistics> Features { get; init; }
}
