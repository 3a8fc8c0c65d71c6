using HccMesh.Imaging;

namespace HccMesh.Radiomics.Tests;

/// <summary>Images and masks generated in code for unit tests.</summary>
internal static class SyntheticVolumes
{
    public static ImageGeometry Grid(int sx, int sy, int sz, double[]? spacing = null) =>
        new(sx, sy, sz, spacing ?? [1, 1, 1], [0, 0, 0], ImageGeometry.IdentityDirection);

    /// <summary>A mask with 1 inside the ellipsoid centred in the grid with the given semi-axes (voxels).</summary>
    public static Volume Ellipsoid(ImageGeometry g, double ax, double ay, double az)
    {
        var m = Volume.Zeros(g, PixelType.UInt8);
        double cx = (g.SizeX - 1) / 2.0, cy = (g.SizeY - 1) / 2.0, cz = (g.SizeZ - 1) / 2.0;
        for (int z = 0; z < g.SizeZ; z++)
        {
            for (int y = 0; y < g.SizeY; y++)
            {
                for (int x = 0; x < g.SizeX; x++)
                {
                    double dx = (x - cx) / ax, dy = (y - cy) / ay, dz = (z - cz) / az;
                    if ((dx * dx) + (dy * dy) + (dz * dz) <= 1)
                    {
                        m[x, y, z] = 1;
                    }
                }
            }
        }

        return m;
    }

    /// <summary>Integer "HU" values: a smooth ramp plus uniform noise, deterministic for a seed.</summary>
    public static Volume NoisyImage(ImageGeometry g, int seed, double mean = 60, double noise = 40)
    {
        var rng = new Random(seed);
        var v = new double[g.VoxelCount];
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = Math.Round(mean + (i % 97 * 0.5) + ((rng.NextDouble() - 0.5) * 2 * noise));
        }

        return new Volume(g, PixelType.Int16, v);
    }

    /// <summary>A random blob: voxels kept with probability p inside a box, for geometry stress tests.</summary>
    public static bool[] RandomBlob(int sx, int sy, int sz, int seed, double p)
    {
        var rng = new Random(seed);
        var m = new bool[sx * sy * sz];
        for (int i = 0; i < m.Length; i++)
        {
            m[i] = rng.NextDouble() < p;
        }

        return m;
    }
}
