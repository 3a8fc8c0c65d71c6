namespace HccMesh.Modeling.Artifacts;

/// <summary>Mean and sample SD (N − 1) of one feature over the reference cases.</summary>
public sealed record FeatureStatistics
{
    public required string Name { get; init; }

    public required string Phase { get; init; }

    public required double Mean { get; init; }

    public required double Sd { get; init; }
}
