namespace HccMesh.Modeling.Artifacts;

/// <summary>Risk group "high" when the combined model's probability is ≥ <see cref="Probability"/>.</summary>
public sealed record RiskCutoff
{
    public required double Probability { get; init; }

    /// <summary>Which model's probability the cutoff applies to; only "combined".</summary>
    public required string AppliesTo { get; init; }

    public required string Provenance { get; init; }

    /// <summary>True when the source gives no cutoff value and this one is an assumption.</summary>
    public required bool Assumed { get; init; }
}
