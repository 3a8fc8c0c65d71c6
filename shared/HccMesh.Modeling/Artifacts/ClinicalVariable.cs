namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// A clinical input of the logistic models. Names are fixed (<see cref="ClinicalVariableNames"/>),
/// since the scorer maps them onto <c>ClinicalValues</c>. Binary variables carry the numeric code the
/// model was fitted with; continuous ones their unit.
/// </summary>
public sealed record ClinicalVariable
{
    public required string Name { get; init; }

    /// <summary>"binary" or "continuous" (<see cref="ClinicalVariableKind"/>).</summary>
    public required string Kind { get; init; }

    /// <summary>Unit of a continuous variable ("g/L", "kg/m2").</summary>
    public string? Unit { get; init; }

    /// <summary>Numeric codes of a binary variable.</summary>
    public BinaryCoding? Coding { get; init; }

    public string? Description { get; init; }
}
