namespace HccMesh.Radiomics;

/// <summary>
/// What a non-shape feature class receives for one image type: the (filtered) image and the
/// ROI cropped to the ROI bounding box with no padding (PyRadiomics' step 7), plus the
/// discretised gray levels. Arrays are x-fastest: index = x + SizeX * (y + SizeY * z).
/// </summary>
public sealed class FeatureClassInput
{
    public required int SizeX { get; init; }

    public required int SizeY { get; init; }

    public required int SizeZ { get; init; }

    /// <summary>Voxel spacing (x, y, z) in mm.</summary>
    public required double[] Spacing { get; init; }

    /// <summary>Intensities of the cropped image (all voxels, inside and outside the ROI), float64.</summary>
    public required double[] Intensities { get; init; }

    /// <summary>True where the voxel belongs to the ROI.</summary>
    public required bool[] InRoi { get; init; }

    /// <summary>Discretised gray level (1-based bin) inside the ROI, 0 outside.</summary>
    public required int[] GrayLevels { get; init; }

    public required RadiomicsSettings Settings { get; init; }

    public int VoxelCount => SizeX * SizeY * SizeZ;
}
