namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// The clinical variables the scorer can supply, with the kind and unit each must be declared with.
/// "radscore" is the reserved term name for the radscore in the combined model.
/// </summary>
public static class ClinicalVariableNames
{
    /// <summary>Body-mass index, kg/m².</summary>
    public const string Bmi = "BMI";

    /// <summary>Microvascular invasion (present/absent).</summary>
    public const string Mvi = "MVI";

    /// <summary>Portal vein (tumour) thrombosis (present/absent).</summary>
    public const string Pv = "PV";

    /// <summary>Serum albumin, g/L.</summary>
    public const string Alb = "ALB";

    /// <summary>Term name of the radscore in a logistic model.</summary>
    public const string Radscore = "radscore";

    /// <summary>(kind, unit) each known variable must be declared with.</summary>
    public static readonly IReadOnlyDictionary<string, (string Kind, string? Unit)> Expected =
        new Dictionary<string, (string, string?)>(StringComparer.Ordinal)
        {
            [Bmi] = (ClinicalVariableKind.Continuous, "kg/m2"),
            [Mvi] = (ClinicalVariableKind.Binary, null),
            [Pv] = (ClinicalVariableKind.Binary, null),
            [Alb] = (ClinicalVariableKind.Continuous, "g/L"),
        };
}
