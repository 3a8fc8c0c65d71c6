namespace HccMesh.Cli.Commands;

/// <summary>What <see cref="FeaturesExporter"/> wrote and what it left out, and why.</summary>
public sealed record FeaturesExportSummary(
    int Exported,
    int FeatureColumns,
    IReadOnlyList<string> Phases,
    string SettingsSha256,
    IReadOnlyList<(Guid StudyId, string Reason)> Skipped,
    string? OutcomeColumn,
    int WithOutcome,
    int WithoutOutcome,
    int IllustrativeClinical);
