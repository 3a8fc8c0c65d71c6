namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// The PyRadiomics-style parameter file a model's features must be extracted with.
/// <see cref="Sha256"/> is the lower-case hex SHA-256 of the file's bytes; null while the file
/// has not been fixed yet (the artifact then carries the flag "settingsHashMissing").
/// </summary>
public sealed record SettingsReference
{
    /// <summary>File name only, e.g. "paper-hcc.yaml".</summary>
    public required string FileName { get; init; }

    public string? Sha256 { get; init; }
}
