namespace HccMesh.Modeling.Artifacts;

/// <summary>Contrast-phase names used in artifacts and feature keys.</summary>
public static class Phases
{
    public const string NonContrast = "noncontrast";

    public const string Arterial = "arterial";

    public const string Portal = "portal";

    public const string Delayed = "delayed";

    public static readonly IReadOnlySet<string> Known =
        new HashSet<string>(StringComparer.Ordinal) { NonContrast, Arterial, Portal, Delayed };
}
