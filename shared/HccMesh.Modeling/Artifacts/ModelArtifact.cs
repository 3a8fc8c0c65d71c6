using System.Text.Json.Serialization;

namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// A shipped prediction model: radscore (linear combination of radiomic features), the clinical
/// variables and their coding, the combined (and optionally the clinical-only) logistic model,
/// the risk-group cutoff, and everything needed to say where each number came from.
/// Stored as JSON (see models/schema/model-artifact.schema.json); read and written by
/// <see cref="ModelArtifactJson"/>, checked by <see cref="ModelArtifactValidator"/>.
/// </summary>
public sealed record ModelArtifact
{
    /// <summary>Optional pointer to the JSON Schema, for editors; ignored by the loader.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>Format version of this document; currently 1.</summary>
    public required int SchemaVersion { get; init; }

    /// <summary>Model id, lower-case kebab, e.g. "hcc-ehm-published".</summary>
    public required string Id { get; init; }

    /// <summary>Semantic version of the model (MAJOR.MINOR.PATCH).</summary>
    public required string Version { get; init; }

    public required DateTimeOffset Created { get; init; }

    /// <summary>Version of the HccMesh software that wrote the artifact.</summary>
    public required string SoftwareVersion { get; init; }

    public string? Title { get; init; }

    /// <summary>Where the numbers come from (publication, tables, derivation).</summary>
    public required string Provenance { get; init; }

    /// <summary>The radiomics parameter file the features must be extracted with.</summary>
    public required SettingsReference Settings { get; init; }

    /// <summary>
    /// Machine-readable flags (<see cref="ArtifactFlags"/>); must equal what the content implies,
    /// so a reader can trust them without re-deriving.
    /// </summary>
    public required IReadOnlyList<string> Flags { get; init; }

    /// <summary>Present only on demo artifacts; its notice must be carried by every output.</summary>
    public DemoMarker? Demo { get; init; }

    public required RadscoreModel Radscore { get; init; }

    public required IReadOnlyList<ClinicalVariable> ClinicalVariables { get; init; }

    /// <summary>Clinical variables + radscore; the model that produces the risk probability.</summary>
    public required LogisticModel CombinedModel { get; init; }

    /// <summary>Clinical variables only (for comparison); optional.</summary>
    public LogisticModel? ClinicalModel { get; init; }

    public required RiskCutoff RiskCutoff { get; init; }
}
