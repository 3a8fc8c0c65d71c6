namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// One term of a logistic model. <see cref="Coefficient"/> must equal ln(<see cref="OddsRatio"/>)
/// (both are stored so a reader sees the published number and the one used).
/// </summary>
public sealed record ModelTerm
{
    /// <summary>A declared clinical variable name, or "radscore".</summary>
    public required string Variable { get; init; }

    /// <summary>Odds ratio per unit of the (coded) variable, as published.</summary>
    public required double OddsRatio { get; init; }

    /// <summary>ln(OddsRatio).</summary>
    public required double Coefficient { get; init; }
}
