namespace HccMesh.Modeling.Artifacts;

/// <summary>Marks a demo artifact. Every output scored with it must show <see cref="Notice"/>.</summary>
public sealed record DemoMarker
{
    /// <summary>The standard notice text.</summary>
    public const string StandardNotice = "demo reference — not for clinical use";

    public required string Notice { get; init; }

    /// <summary>"id@version" of the artifact this one was derived from.</summary>
    public required string DerivedFrom { get; init; }
}
