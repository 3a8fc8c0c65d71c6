namespace HccMesh.Modeling.Scoring;

/// <summary>
/// The four clinical inputs of the HCC models, in fixed units. Null means "not known"; the scorer
/// refuses when a value a model needs is null. Present/absent findings are booleans here; the
/// numeric coding the model was fitted with lives in the artifact.
/// </summary>
public sealed record ClinicalValues
{
    /// <summary>Body-mass index, kg/m².</summary>
    public double? BmiKgPerM2 { get; init; }

    /// <summary>Microvascular invasion present (true) / absent (false).</summary>
    public bool? MicrovascularInvasion { get; init; }

    /// <summary>Portal vein thrombosis present (true) / absent (false).</summary>
    public bool? PortalVeinThrombosis { get; init; }

    /// <summary>Serum albumin, g/L (not g/dL).</summary>
    public double? AlbuminGramsPerLitre { get; init; }
}
