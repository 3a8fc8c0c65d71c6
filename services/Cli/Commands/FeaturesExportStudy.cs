using HccMesh.Modeling.Scoring;

namespace HccMesh.Cli.Commands;

/// <summary>
/// One processed study as exported: its study key, clinical inputs, and the feature values in column order.
/// <see cref="FeatureSetSignature"/> (settings SHA-256 + column names) must be equal for every row of one export.
/// </summary>
public sealed record FeaturesExportStudy(
    Guid StudyId,
    string StudyKey,
    DateTimeOffset GeneratedAt,
    ClinicalValues Clinical,
    bool ClinicalIllustrative,
    string SettingsSha256,
    IReadOnlyList<string> Phases,
    IReadOnlyList<string> Columns,
    IReadOnlyList<double> Values);
