using HccMesh.Imaging.Filters;

namespace HccMesh.Imaging.Tests.Filters;

public class LaplacianOfGaussianTests
{
    [Fact]
    public void Constant_image_gives_zero_with_float32_output_on_the_same_geometry()
    {
        var geometry = SyntheticVolumes.Geometry(9, 8, 6, 0.8, 0.8, 2.5);
        var image = SyntheticVolumes.Filled(geometry, PixelType.Int16, (_, _, _) => 1234);

        var log = LaplacianOfGaussian.Apply(image, 1.5);

        Assert.Equal(PixelType.Float32, log.PixelType);
        Assert.Same(geometry, log.Geometry);
        // 2·SN − SD·N0 = 0 for the second-order kernel (that is how beta is chosen), so only rounding remains.
        Assert.All(log.Voxels, v => Assert.True(Math.Abs(v) < 1e-9 * 1234, $"LoG of a constant gave {v}"));
    }

    [Fact]
    public void Every_value_is_a_float32()
    {
        var image = SyntheticVolumes.RandomInt16(SyntheticVolumes.Geometry(11, 7, 5), seed: 3);

        var log = LaplacianOfGaussian.Apply(image, 1.0);

        Assert.All(log.Voxels, v => Assert.Equal(v, (double)(float)v));
    }

    [Theory]
    [InlineData(1.0, 1.0, 1.0)]
    [InlineData(1.0, 1.0, 2.0)]
    [InlineData(0.75, 1.25, 1.5)]
    public void Centre_of_a_bright_gaussian_blob_matches_the_analytic_scale_normalised_laplacian(double sx, double sy, double sz)
    {
        // Blob A·exp(−r²/2s²) (physical r); its Gaussian-σ smoothing has Laplacian −3/(s²+σ²)·A·(s²/(s²+σ²))^1.5 at r = 0.
        const double amplitude = 1000, s = 3, sigma = 2;
        var geometry = SyntheticVolumes.Geometry(48, 48, 48, sx, sy, sz);
        double cx = 24 * sx, cy = 24 * sy, cz = 24 * sz;
        var image = SyntheticVolumes.Filled(geometry, PixelType.Float64, (x, y, z) =>
        {
            double dx = (x * sx) - cx, dy = (y * sy) - cy, dz = (z * sz) - cz;
            return amplitude * Math.Exp(-((dx * dx) + (dy * dy) + (dz * dz)) / (2 * s * s));
        });

        var log = LaplacianOfGaussian.Apply(image, sigma);

        double t = (s * s) + (sigma * sigma);
        double expected = sigma * sigma * (-3 / t) * amplitude * Math.Pow(s * s / t, 1.5);
        double centre = log[24, 24, 24];
        Assert.True(centre < 0, $"bright blob centre should be negative, got {centre}");
        // The Deriche/Farnebäck recursive approximation is accurate to well under 1 % here.
        Assert.True(Math.Abs(centre - expected) < 0.01 * Math.Abs(expected), $"centre {centre}, analytic {expected}");
    }

    [Fact]
    public void Second_derivative_of_a_parabola_along_one_axis_is_sigma_squared_times_two_a_inside()
    {
        // f = a·x² (physical x): ∇²(G∗f) = 2a everywhere; scale-normalised: σ²·2a. Edge replication spoils the ends only.
        const double a = 0.5, sigma = 1.5, spacing = 0.5;
        var geometry = SyntheticVolumes.Geometry(80, 6, 5, spacing, 1, 1);
        var image = SyntheticVolumes.Filled(geometry, PixelType.Float64, (x, _, _) => a * (x * spacing) * (x * spacing));

        var log = LaplacianOfGaussian.Apply(image, sigma);

        double expected = sigma * sigma * 2 * a;
        for (int x = 30; x < 50; x++)
        {
            Assert.True(Math.Abs(log[x, 3, 2] - expected) < 2e-3 * expected, $"x={x}: {log[x, 3, 2]} vs {expected}");
        }
    }

    [Theory]
    [InlineData(4, 4, 4, 0.5)]
    [InlineData(5, 9, 4, 1.0)]
    [InlineData(37, 6, 7, 3.0)]
    [InlineData(17, 33, 19, 1.5)]
    public void Blocked_vectorised_passes_equal_a_plain_line_by_line_transcription_bit_for_bit(int nx, int ny, int nz, double sigma)
    {
        var image = SyntheticVolumes.RandomInt16(SyntheticVolumes.Geometry(nx, ny, nz, 0.7, 0.9, 2.0), seed: nx + ny + nz);

        var log = LaplacianOfGaussian.Apply(image, sigma);
        var reference = ReferenceRecursiveGaussian.Laplacian(image, sigma);

        for (int i = 0; i < reference.Length; i++)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(reference[i]), BitConverter.SingleToInt32Bits((float)log.Voxels[i]));
        }
    }

    [Fact]
    public void Repeated_runs_are_bitwise_identical()
    {
        var image = SyntheticVolumes.RandomInt16(SyntheticVolumes.Geometry(64, 50, 9), seed: 11);

        var first = LaplacianOfGaussian.Apply(image, 1.0);
        var second = LaplacianOfGaussian.Apply(image, 1.0);

        Assert.Equal(first.Voxels, second.Voxels);
    }

    [Fact]
    public void Smoothing_pass_preserves_a_constant()
    {
        var c = RecursiveGaussianCoefficients.Create(RecursiveGaussianOrder.Zero, 2.0, 0.7);

        // A constant line converges to value·(SN + SM)/SD, which alpha0 normalises to the value itself.
        double sumN = c.N0 + c.N1 + c.N2 + c.N3, sumM = c.M1 + c.M2 + c.M3 + c.M4, sumD = 1 + c.D1 + c.D2 + c.D3 + c.D4;
        Assert.Equal(1.0, (sumN + sumM) / sumD, 1e-12);
    }

    [Fact]
    public void Image_with_a_dimension_below_four_is_refused_by_the_guard_and_by_apply()
    {
        var geometry = SyntheticVolumes.Geometry(10, 10, 3);

        Assert.False(LaplacianOfGaussian.CanApply(geometry, 1.0, out string reason));
        Assert.Contains("too small", reason);
        Assert.Throws<ArgumentException>(() => LaplacianOfGaussian.Apply(Volume.Zeros(geometry, PixelType.Int16), 1.0));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Sigma_that_is_not_positive_is_refused(double sigma)
    {
        var geometry = SyntheticVolumes.Geometry(10, 10, 10);

        Assert.False(LaplacianOfGaussian.CanApply(geometry, sigma, out string reason));
        Assert.Contains("greater than 0", reason);
        Assert.Throws<ArgumentOutOfRangeException>(() => LaplacianOfGaussian.Apply(Volume.Zeros(geometry, PixelType.Int16), sigma));
    }

    [Fact]
    public void Sigma_is_skipped_unless_size_reaches_ceil_sigma_over_spacing_plus_one_on_every_axis()
    {
        // z: 6 slices of 2 mm. ceil(10/2)+1 = 6 passes; ceil(10.5/2)+1 = 7 does not.
        var geometry = SyntheticVolumes.Geometry(64, 64, 6, 1, 1, 2);

        Assert.True(LaplacianOfGaussian.CanApply(geometry, 10.0, out string ok));
        Assert.Equal(string.Empty, ok);
        Assert.False(LaplacianOfGaussian.CanApply(geometry, 10.5, out string reason));
        Assert.Contains("axis 2", reason);
    }

    [Theory]
    [InlineData(1.0, "log-sigma-1-0-mm-3D")]
    [InlineData(0.5, "log-sigma-0-5-mm-3D")]
    [InlineData(1.5, "log-sigma-1-5-mm-3D")]
    [InlineData(2.25, "log-sigma-2-25-mm-3D")]
    public void Image_type_name_follows_pyradiomics(double sigma, string expected)
    {
        Assert.Equal(expected, LaplacianOfGaussian.ImageTypeName(sigma));
    }
}
