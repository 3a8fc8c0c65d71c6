namespace HccMesh.Contracts.V1;

/// <summary>
/// Work item for the competing extraction workers: one phase x one image type
/// ("original" also computes shape; "wavelet-LLH"; "log-sigma-1-0-mm-3D"; ...).
/// </summary>
public sealed record ExtractFeatureSet(
    Guid StudyId,
    string Phase,
    string ImageType,
    string VolumeKey,
    string VolumeSha256,
    string MaskKey,
    string MaskSha256,
    string SettingsKey) : IStudyMessage;
