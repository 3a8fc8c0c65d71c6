using HccMesh.Radiomics.FeatureClasses;
using HccMesh.Radiomics.Shape;

namespace HccMesh.Radiomics.Tests;

public sealed class ShapeGeometryTests
{
    [Theory]
    [InlineData(1, 12, 9, 7, 0.5, 1.0, 1.0, 1.0)]
    [InlineData(2, 15, 11, 6, 0.3, 0.78125, 0.78125, 6.5)]
    [InlineData(3, 9, 14, 10, 0.7, 0.664062, 0.664062, 2.1)]
    [InlineData(4, 20, 3, 1, 0.6, 1.0, 2.0, 3.0)]
    public void Hull_based_diameters_equal_the_all_pairs_maxima(int seed, int sx, int sy, int sz, double p, double spx, double spy, double spz)
    {
        var mask = SyntheticVolumes.RandomBlob(sx, sy, sz, seed, p);
        int px = sx + 2, py = sy + 2, pz = sz + 2;
        var padded = new bool[px * py * pz];
        for (int z = 0; z < sz; z++)
        {
            for (int y = 0; y < sy; y++)
            {
                for (int x = 0; x < sx; x++)
                {
                    padded[(x + 1) + (px * ((y + 1) + (py * (z + 1))))] = mask[x + (sx * (y + (sy * z)))];
                }
            }
        }

        double[] spacingZyx = [spz, spy, spx];
        var mesh = MarchingCubesMesh.Compute(padded, pz, py, px, spacingZyx);
        var fast = MaximumDiameters.Compute(mesh.Points, spacingZyx);
        var brute = BruteForce(mesh.Points, spacingZyx);

        // Identical maxima, bit for bit, as the brief requires.
        Assert.Equal(brute.Slice, fast.Slice);
        Assert.Equal(brute.Column, fast.Column);
        Assert.Equal(brute.Row, fast.Row);
        Assert.Equal(brute.ThreeD, fast.ThreeD);
        Assert.True(fast.ThreeD > 0);
    }

    [Fact]
    public void Box_roi_has_exact_voxel_volume_and_principal_axes()
    {
        // A 4 x 2 x 1 voxel slab with spacing (1, 2, 3): N = 8, voxel volume 8 · 6 = 48 mm³.
        var input = new FeatureClassInput
        {
            SizeX = 4,
            SizeY = 2,
            SizeZ = 1,
            Spacing = [1, 2, 3],
            Intensities = new double[8],
            InRoi = [.. Enumerable.Repeat(true, 8)],
            GrayLevels = [],
            Settings = new RadiomicsSettings(),
        };
        var f = new ShapeFeatures().Compute(input, new ShapeFeatures().FeatureNames.ToList());

        Assert.Equal(48, f["VoxelVolume"], 12);
        // x coordinates 0,1,2,3 (mm): population variance 1.25; y 0,2 (mm): variance 1; z constant: 0 (planar).
        Assert.Equal(4 * Math.Sqrt(1.25), f["MajorAxisLength"], 12);
        Assert.Equal(4 * Math.Sqrt(1.0), f["MinorAxisLength"], 12);
        Assert.Equal(0, f["LeastAxisLength"]);
        Assert.Equal(0, f["Flatness"]);
        Assert.True(f["MeshVolume"] > 0);
        // In-plane mid-points: (x −0.5 | 3.5, y 0 | 1) give √(4² + 2²) = √20; (x 0 | 3, y −0.5 | 1.5) give
        // √(3² + (2·2)²) = 5, the maximum.
        Assert.Equal(5, f["Maximum2DDiameterSlice"], 12);
    }

    private static (double Slice, double Column, double Row, double ThreeD) BruteForce(BoundaryPoints points, double[] s)
    {
        // cshape.c calculate_meshDiameter, literally.
        double d0 = 0, d1 = 0, d2 = 0, d3 = 0;
        var z = points.Z; var y = points.Y; var x = points.X;
        for (int a = points.Count - 1; a >= 0; a--)
        {
            double az = z[a] * 0.5 * s[0], ay = y[a] * 0.5 * s[1], ax = x[a] * 0.5 * s[2];
            for (int b = 0; b < a; b++)
            {
                double bz = z[b] * 0.5 * s[0], by = y[b] * 0.5 * s[1], bx = x[b] * 0.5 * s[2];
                double e0 = az - bz, e1 = ay - by, e2 = ax - bx;
                double dist = (e0 * e0) + (e1 * e1) + (e2 * e2);
                if (az == bz && dist > d0) { d0 = dist; }
                if (ay == by && dist > d1) { d1 = dist; }
                if (ax == bx && dist > d2) { d2 = dist; }
                if (dist > d3) { d3 = dist; }
            }
        }

        return (Math.Sqrt(d0), Math.Sqrt(d1), Math.Sqrt(d2), Math.Sqrt(d3));
    }
}
