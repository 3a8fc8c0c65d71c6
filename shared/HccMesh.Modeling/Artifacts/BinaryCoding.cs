namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// Numeric codes of a binary clinical variable as used in the fit. The published HCC model lists
/// MVI and PV as present = 1, absent = 2; its odds ratios &lt; 1 only make sense with that coding.
/// </summary>
public sealed record BinaryCoding
{
    public required double Present { get; init; }

    public required double Absent { get; init; }
}
