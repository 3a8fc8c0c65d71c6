namespace HccMesh.Contracts.V1;

/// <summary>A validated case whose pieces are in the object store. Published by Ingestion.</summary>
public sealed record StudyArrived(
    Guid StudyId,
    string StudyKey,
    string StudyKeySource,
    IReadOnlyList<PhaseInput> Phases,
    ClinicalInput Clinical,
    string ModelId,
    string SettingsKey,
    string SettingsSha256,
    DateTimeOffset ArrivedAt) : IStudyMessage;

/// <summary>One phase of a study: where its image and mask are stored.</summary>
/// <param name="ImageFormat">"dicom" (a series: <paramref name="ImageKeys"/> lists one object per instance), "nifti" or "nrrd".</param>
public sealed record PhaseInput(
    string Phase,
    string ImageFormat,
    IReadOnlyList<string> ImageKeys,
    string ImageSha256,
    string MaskKey,
    string MaskSha256,
    int MaskLabel);

/// <summary>The four clinical values of the published model, already validated.</summary>
/// <param name="Mvi">Microvascular invasion present.</param>
/// <param name="Pv">Portal vein thrombosis present (the paper's "PV").</param>
/// <param name="AlbuminGramsPerLitre">Serum albumin, g/L.</param>
/// <param name="Illustrative">The values were made up for a demonstration (the bundled sample); reports say so.</param>
public sealed record ClinicalInput(double BmiKgPerM2, bool Mvi, bool Pv, double AlbuminGramsPerLitre, bool Illustrative);
