namespace HccMesh.Modeling.Artifacts;

/// <summary>Values of <see cref="ClinicalVariable.Kind"/>.</summary>
public static class ClinicalVariableKind
{
    public const string Binary = "binary";

    public const string Continuous = "continuous";
}
