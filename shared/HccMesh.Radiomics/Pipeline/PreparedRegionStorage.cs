using HccMesh.Imaging;

namespace HccMesh.Radiomics.Pipeline;

/// <summary>
/// A <see cref="PreparedRegion"/> as two volumes, so preprocessing and extraction can run in different processes:
/// the prepared image as is, and one UInt8 mask whose bit 0 is the intensity ROI and bit 1 the shape ROI
/// (they differ only when re-segmenting).
/// </summary>
public static class PreparedRegionStorage
{
    private const int IntensityBit = 1;
    private const int ShapeBit = 2;

    public static Volume MaskVolume(PreparedRegion region)
    {
        var voxels = new double[region.IntensityMask.Length];
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = (region.IntensityMask[i] ? IntensityBit : 0) | (region.ShapeMask[i] ? ShapeBit : 0);
        }

        return new Volume(region.Image.Geometry, PixelType.UInt8, voxels);
    }

    public static long RoiVoxelCount(PreparedRegion region) => region.IntensityMask.LongCount(b => b);

    /// <summary>Rebuilds the region; the bounding box is recomputed exactly as the final check of the preparation did.</summary>
    public static PreparedRegion FromVolumes(Volume image, Volume maskVolume, RadiomicsSettings settings)
    {
        if (!maskVolume.Geometry.SameGridAs(image.Geometry, settings.GeometryTolerance ?? 1e-6))
        {
            throw new RadiomicsException("stored mask and prepared image are on different grids");
        }

        var intensity = new bool[maskVolume.Voxels.Length];
        var shape = new bool[maskVolume.Voxels.Length];
        for (int i = 0; i < intensity.Length; i++)
        {
            int bits = (int)maskVolume.Voxels[i];
            intensity[i] = (bits & IntensityBit) != 0;
            shape[i] = (bits & ShapeBit) != 0;
        }

        return new PreparedRegion
        {
            Image = image,
            IntensityMask = intensity,
            ShapeMask = shape,
            Box = MaskCheck.Check(intensity, image.Geometry, settings),
            Settings = settings,
        };
    }
}
