namespace HccMesh.Contracts;

/// <summary>Contrast phases a case may carry (folder names of a case, keys of a manifest).</summary>
public static class Phases
{
    public const string Arterial = "arterial";
    public const string Portal = "portal";
    public const string Delayed = "delayed";

    public static IReadOnlyList<string> All { get; } = [Arterial, Portal, Delayed];
}
