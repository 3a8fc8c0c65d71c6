using HccMesh.Imaging;

namespace HccMesh.Radiomics.Pipeline;

/// <summary>
/// The output of PyRadiomics' preparation steps (spec §3, steps 1–5): the image every filter receives (whole,
/// or resampled / pre-cropped), the ROI masks on that grid, and the bounding box all feature classes crop to.
/// Masks are x-fastest booleans on <see cref="Image"/>'s grid.
/// </summary>
public sealed record PreparedRegion
{
    /// <summary>The image handed to every filter (step 3 output).</summary>
    public required Volume Image { get; init; }

    /// <summary>ROI used by the intensity and texture classes (re-segmented when resegmentRange is set).</summary>
    public required bool[] IntensityMask { get; init; }

    /// <summary>ROI used by shape: the mask before re-segmentation, unless resegmentShape is on.</summary>
    public required bool[] ShapeMask { get; init; }

    /// <summary>Bounding box of the final check (the re-segmented mask's when re-segmenting, also for shape: a PyRadiomics quirk).</summary>
    public required BoundingBox Box { get; init; }

    /// <summary>The settings the region was prepared with (global settings of the parameter file).</summary>
    public required RadiomicsSettings Settings { get; init; }

    /// <summary>Number of voxels in <see cref="IntensityMask"/>.</summary>
    public int VoxelCount => IntensityMask.Count(b => b);
}
