namespace HccMesh.Contracts.V1;

/// <summary>
/// One phase turned into a normalised, resampled volume + mask (stored as NRRD) ready for filtering.
/// <see cref="ImageTypes"/> lists the image types the extraction workers will compute for it.
/// </summary>
public sealed record PhasePreprocessed(
    Guid StudyId,
    string Phase,
    int MaskLabel,
    string VolumeKey,
    string VolumeSha256,
    string MaskKey,
    string MaskSha256,
    IReadOnlyList<string> ImageTypes,
    VolumeSummary Original,
    VolumeSummary Resampled,
    long RoiVoxelCount,
    double RoiVolumeMl) : IStudyMessage;

/// <summary>Grid facts of a volume (sizes in voxels, spacing in mm), for reports and checks.</summary>
public sealed record VolumeSummary(int[] Size, double[] Spacing, string PixelType);
