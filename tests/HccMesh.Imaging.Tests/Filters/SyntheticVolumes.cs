namespace HccMesh.Imaging.Tests.Filters;

/// <summary>Small generated images for the filter tests.</summary>
internal static class SyntheticVolumes
{
    public static ImageGeometry Geometry(int nx, int ny, int nz, double sx = 1, double sy = 1, double sz = 1) =>
        new(nx, ny, nz, [sx, sy, sz], [0, 0, 0], ImageGeometry.IdentityDirection);

    public static Volume Filled(ImageGeometry geometry, PixelType type, Func<int, int, int, double> value)
    {
        var volume = Volume.Zeros(geometry, type);
        for (int z = 0; z < geometry.SizeZ; z++)
        {
            for (int y = 0; y < geometry.SizeY; y++)
            {
                for (int x = 0; x < geometry.SizeX; x++)
                {
                    volume[x, y, z] = value(x, y, z);
                }
            }
        }

        return volume;
    }

    /// <summary>Integer noise in [-1000, 3000) as an int16 CT would hold, reproducible from the seed.</summary>
    public static Volume RandomInt16(ImageGeometry geometry, int seed)
    {
        var random = new Random(seed);
        var voxels = new double[geometry.VoxelCount];
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = random.Next(-1000, 3000);
        }

        return new Volume(geometry, PixelType.Int16, voxels);
    }

    /// <summary>Float32 noise (every value exactly a float).</summary>
    public static Volume RandomFloat32(ImageGeometry geometry, int seed)
    {
        var random = new Random(seed);
        var voxels = new double[geometry.VoxelCount];
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = (float)((random.NextDouble() * 400) - 100);
        }

        return new Volume(geometry, PixelType.Float32, voxels);
    }
}
