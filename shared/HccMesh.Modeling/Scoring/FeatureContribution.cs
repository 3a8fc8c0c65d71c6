namespace HccMesh.Modeling.Scoring;

/// <summary>
/// One radscore term: <see cref="Contribution"/> = <see cref="Coefficient"/> × <see cref="ScaledValue"/>,
/// where ScaledValue is the z-score (RawValue − Mean) / Sd for standardised models, else the raw value.
/// Mean, Sd and Z are null for raw-scale models.
/// </summary>
public sealed record FeatureContribution
{
    public required string Phase { get; init; }

    public required string Name { get; init; }

    public required double Coefficient { get; init; }

    public required double RawValue { get; init; }

    public double? Mean { get; init; }

    public double? Sd { get; init; }

    public double? Z { get; init; }

    public required double ScaledValue { get; init; }

    public required double Contribution { get; init; }
}
