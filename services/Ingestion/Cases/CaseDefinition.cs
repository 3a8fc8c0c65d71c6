using HccMesh.Contracts.V1;

namespace HccMesh.Ingestion.Cases;

/// <summary>A case resolved to absolute paths: per phase an image (DICOM folder or volume file) and a mask.</summary>
public sealed record CaseDefinition(string Source, IReadOnlyList<CasePhase> Phases, ClinicalInput Clinical);

/// <param name="ImageFormat">"dicom", "nifti" or "nrrd".</param>
/// <param name="ImagePath">DICOM series folder, or the volume file.</param>
public sealed record CasePhase(string Phase, string ImageFormat, string ImagePath, string MaskPath, int MaskLabel);
