using HccMesh.Imaging.Resampling;

namespace HccMesh.Imaging.Tests.Resampling;

public class InterpolationTests
{
    [Fact]
    public void Bspline_passes_through_the_samples_at_integer_indices()
    {
        var v = RandomVolume(23, 9, 30, seed: 3);
        var spline = new BSplineInterpolation(v);

        double worst = 0;
        for (int z = 0; z < v.SizeZ; z++)
        {
            for (int y = 0; y < v.SizeY; y++)
            {
                for (int x = 0; x < v.SizeX; x++)
                {
                    worst = Math.Max(worst, Math.Abs(spline.Evaluate(x, y, z) - v[x, y, z]));
                }
            }
        }

        // interpolating spline: exact up to the IIR truncation (tolerance 1e-10 of ITK) and rounding
        Assert.True(worst < 1e-8, $"largest deviation {worst:E2}");
    }

    [Fact]
    public void Bspline_of_a_constant_image_is_that_constant()
    {
        var g = Grid(12, 20, 7);
        var v = new Volume(g, PixelType.Float64, Enumerable.Repeat(-1024.0, (int)g.VoxelCount).ToArray());
        var spline = new BSplineInterpolation(v);

        Assert.Equal(-1024.0, spline.Evaluate(3.3, 7.9, 2.5), 1e-9);
        Assert.Equal(-1024.0, spline.Evaluate(-0.49, 19.49, 6.49), 1e-9);
    }

    [Fact]
    public void Bspline_on_a_single_slice_axis_ignores_that_axis()
    {
        var v = RandomVolume(8, 8, 1, seed: 5);
        var spline = new BSplineInterpolation(v);

        Assert.Equal(v[3, 4, 0], spline.Evaluate(3, 4, 0.3), 1e-8);
    }

    [Fact]
    public void Linear_interpolation_reproduces_a_linear_ramp()
    {
        var g = Grid(6, 5, 4);
        var v = new Volume(g, PixelType.Float64, new double[g.VoxelCount]);
        for (int z = 0; z < 4; z++)
        {
            for (int y = 0; y < 5; y++)
            {
                for (int x = 0; x < 6; x++)
                {
                    v[x, y, z] = (2 * x) - (3 * y) + (5 * z);
                }
            }
        }

        var linear = new LinearInterpolation(v);

        Assert.Equal((2 * 1.25) - (3 * 3.5) + (5 * 0.75), linear.Evaluate(1.25, 3.5, 0.75), 1e-12);
        // beyond the last index the edge voxel is used (ITK LinearInterpolateImageFunction)
        Assert.Equal((2 * 5.0) - (3 * 4.0) + (5 * 3.0), linear.Evaluate(5.4, 4.3, 3.2), 1e-12);
        Assert.Equal(0.0, linear.Evaluate(-0.4, -0.2, -0.1), 1e-12);
    }

    [Fact]
    public void Nearest_neighbour_rounds_half_up()
    {
        var g = Grid(4, 1, 1);
        var v = new Volume(g, PixelType.UInt8, [10, 20, 30, 40]);
        var nearest = new NearestNeighborInterpolation(v);

        Assert.Equal(20.0, nearest.Evaluate(0.5, 0, 0));
        Assert.Equal(20.0, nearest.Evaluate(1.49, 0, 0));
        Assert.Equal(30.0, nearest.Evaluate(1.5, 0, 0));
        Assert.Equal(10.0, nearest.Evaluate(-0.5, 0, 0));
    }

    [Theory]
    [InlineData(PixelType.Int16, -3.7, -3)]
    [InlineData(PixelType.Int16, 3.99999, 3)]
    [InlineData(PixelType.Int16, 40000.2, 32767)]
    [InlineData(PixelType.Int16, -40000.2, -32768)]
    [InlineData(PixelType.UInt8, -0.5, 0)]
    [InlineData(PixelType.UInt8, 255.9, 255)]
    [InlineData(PixelType.UInt16, 12.9, 12)]
    [InlineData(PixelType.Float64, -3.7, -3.7)]
    public void Interpolated_values_are_clamped_then_truncated_like_itk(PixelType type, double value, double expected)
    {
        Assert.Equal(expected, PixelCast.ClampCast(value, type));
    }

    [Fact]
    public void Float32_output_is_rounded_to_single_precision()
    {
        Assert.Equal((double)(float)0.1, PixelCast.ClampCast(0.1, PixelType.Float32));
    }

    [Fact]
    public void Points_outside_the_input_become_zero()
    {
        var input = new Volume(Grid(4, 4, 4), PixelType.Int16, Enumerable.Repeat(7.0, 64).ToArray());
        var shifted = new ImageGeometry(4, 4, 4, [1, 1, 1], [2, 0, 0], ImageGeometry.IdentityDirection);

        var output = ImageResampler.Resample(input, shifted, Interpolator.Linear, PixelType.Int16);

        Assert.Equal(7.0, output[1, 2, 2]); // x = 3 → input index 3
        Assert.Equal(0.0, output[2, 2, 2]); // x = 4 → input index 4 ≥ 3.5
    }

    [Fact]
    public void Resampling_onto_the_same_grid_returns_the_input_for_every_interpolator()
    {
        var v = RandomVolume(9, 7, 5, seed: 11, integer: true);

        foreach (var interpolator in new[] { Interpolator.NearestNeighbor, Interpolator.Linear, Interpolator.BSpline })
        {
            var output = ImageResampler.Resample(v, v.Geometry, interpolator, PixelType.Float64);
            for (int i = 0; i < v.Voxels.Length; i++)
            {
                Assert.Equal(v.Voxels[i], output.Voxels[i], 1e-8);
            }
        }
    }

    [Fact]
    public void Decomposition_of_long_and_short_lines_agrees_with_a_direct_solve()
    {
        // Interpolation condition c[k-1]/6 + 4c[k]/6 + c[k+1]/6 = f[k] with mirror ends (c[-1] = c[1], c[N] = c[N-2]).
        foreach (int n in new[] { 2, 5, 18, 19, 40 })
        {
            var g = Grid(n, 1, 1);
            var f = Enumerable.Range(0, n).Select(i => Math.Sin(i * 0.7) * 100).ToArray();
            var c = BSplineDecomposition.Coefficients(new Volume(g, PixelType.Float64, f));
            for (int k = 0; k < n; k++)
            {
                double left = c[k == 0 ? Math.Min(1, n - 1) : k - 1];
                double right = c[k == n - 1 ? Math.Max(n - 2, 0) : k + 1];
                Assert.Equal(f[k], (left + (4 * c[k]) + right) / 6, 1e-7);
            }
        }
    }

    internal static ImageGeometry Grid(int x, int y, int z) => new(x, y, z, [1, 1, 1], [0, 0, 0], ImageGeometry.IdentityDirection);

    internal static Volume RandomVolume(int x, int y, int z, int seed, bool integer = false)
    {
        var random = new Random(seed);
        var g = Grid(x, y, z);
        var values = new double[g.VoxelCount];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = integer ? random.Next(-1000, 1000) : (random.NextDouble() * 200) - 100;
        }

        return new Volume(g, integer ? PixelType.Int16 : PixelType.Float64, values);
    }
}
