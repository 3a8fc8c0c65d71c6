using HccMesh.Imaging.Filters;

namespace HccMesh.Imaging.Tests.Filters;

public class WaveletTransformTests
{
    [Fact]
    public void Constant_image_has_zero_detail_bands_and_LLL_equal_to_constant_times_cubed_lowpass_sum()
    {
        const double c = 1000;
        var image = SyntheticVolumes.Filled(SyntheticVolumes.Geometry(12, 10, 8), PixelType.Int16, (_, _, _) => c);
        var h = WaveletFilterBank.FromName("coif1").DecompositionLowPass;
        double lowSum = 0;
        foreach (double v in h)
        {
            lowSum += v;
        }

        var bands = WaveletTransform.ApplyAll(image);

        Assert.Equal(WaveletTransform.BandOrder, bands.Select(b => b.Band));
        foreach (var (band, volume) in bands)
        {
            Assert.Equal(PixelType.Float64, volume.PixelType);
            double expected = band == "LLL" ? c * lowSum * lowSum * lowSum : 0;
            Assert.All(volume.Voxels, v => Assert.True(Math.Abs(v - expected) <= 1e-12 * c, $"{band}: {v} vs {expected}"));
        }
    }

    [Fact]
    public void Ramp_along_x_vanishes_in_the_x_high_band_inside_and_is_untouched_by_y_and_z_high_bands()
    {
        // coif1 has two vanishing moments: Σg = Σ m·g[m] = 0, so a linear ramp gives 0 away from the periodic wrap.
        var image = SyntheticVolumes.Filled(SyntheticVolumes.Geometry(32, 8, 6), PixelType.Int16, (x, _, _) => 10 * x);

        var hll = WaveletTransform.Apply(image, "HLL");
        var lhl = WaveletTransform.Apply(image, "LHL");
        var llh = WaveletTransform.Apply(image, "LLH");

        for (int x = 3; x < 29; x++)
        {
            Assert.True(Math.Abs(hll[x, 4, 3]) < 1e-10, $"HLL at x={x}: {hll[x, 4, 3]}");
        }

        // Near the wrap the ramp jumps from 310 back to 0: a strong x-high response.
        Assert.True(Math.Abs(hll[31, 4, 3]) > 10);
        Assert.All(lhl.Voxels, v => Assert.True(Math.Abs(v) < 1e-10));
        Assert.All(llh.Voxels, v => Assert.True(Math.Abs(v) < 1e-10));
    }

    [Fact]
    public void Haar_x_high_band_of_a_ramp_is_minus_slope_times_sqrt2_inside()
    {
        // Haar dec_hi = [−1/√2, 1/√2], out[o] = g0·in[o+1] + g1·in[o] = −slope/√2; two low passes multiply by (√2)².
        const double slope = 7;
        var image = SyntheticVolumes.Filled(SyntheticVolumes.Geometry(16, 4, 4), PixelType.Int16, (x, _, _) => slope * x);

        var hll = WaveletTransform.Apply(image, "HLL", wavelet: "haar");

        for (int x = 0; x < 15; x++)
        {
            Assert.Equal(-slope * Math.Sqrt(2), hll[x, 1, 2], 1e-12);
        }
    }

    [Theory]
    [InlineData(7, 5, 3)]
    [InlineData(8, 6, 4)]
    [InlineData(9, 2, 1)]
    [InlineData(33, 17, 5)]
    public void Every_band_equals_a_plain_wrap_pad_and_periodic_convolution_bit_for_bit(int nx, int ny, int nz)
    {
        var image = SyntheticVolumes.RandomInt16(SyntheticVolumes.Geometry(nx, ny, nz, 0.7, 0.7, 3), seed: nx * ny);
        var bank = WaveletFilterBank.FromName("coif1");

        var bands = WaveletTransform.ApplyAll(image);

        foreach (var (band, volume) in bands)
        {
            Assert.Same(image.Geometry, volume.Geometry);
            var reference = ReferenceWavelet.Band(image, band, [.. bank.DecompositionLowPass], [.. bank.DecompositionHighPass], pywtOrder: true);
            Assert.Equal(reference, volume.Voxels);
        }
    }

    [Fact]
    public void Float32_image_is_transformed_in_float32_with_pywavelets_summation_order()
    {
        var image = SyntheticVolumes.RandomFloat32(SyntheticVolumes.Geometry(15, 12, 7), seed: 5);
        var bank = WaveletFilterBank.FromName("coif1");

        var bands = WaveletTransform.ApplyAll(image);

        foreach (var (band, volume) in bands)
        {
            Assert.Equal(PixelType.Float32, volume.PixelType);
            var reference = ReferenceWavelet.Band(image, band, [.. bank.DecompositionLowPassSingle], [.. bank.DecompositionHighPassSingle], pywtOrder: true);
            Assert.Equal(reference, volume.Voxels);

            // Same numbers as the float64 transform up to float32 rounding: 3 passes of 6 products and
            // 6 additions, each off by at most 2^-24 of a running value bounded by max|x|·(Σ|h|)³.
            var wide = ReferenceWavelet.Band(image, band, [.. bank.DecompositionLowPass], [.. bank.DecompositionHighPass], pywtOrder: false);
            double scale = image.Voxels.Max(Math.Abs) * Math.Pow(bank.DecompositionLowPass.Sum(Math.Abs), 3);
            double bound = 36 * Math.Pow(2, -24) * scale;
            for (int i = 0; i < wide.Length; i++)
            {
                Assert.True(Math.Abs(volume.Voxels[i] - wide[i]) < bound, $"{band}[{i}]: {volume.Voxels[i]} vs {wide[i]}, bound {bound}");
            }
        }
    }

    [Fact]
    public void Summation_order_only_moves_float64_bands_by_rounding()
    {
        var image = SyntheticVolumes.RandomInt16(SyntheticVolumes.Geometry(10, 9, 5), seed: 9);
        var bank = WaveletFilterBank.FromName("coif1");

        var hhh = WaveletTransform.Apply(image, "HHH");
        var ascending = ReferenceWavelet.Band(image, "HHH", [.. bank.DecompositionLowPass], [.. bank.DecompositionHighPass], pywtOrder: false);

        for (int i = 0; i < ascending.Length; i++)
        {
            Assert.Equal(ascending[i], hhh.Voxels[i], 1e-9);
        }
    }

    [Fact]
    public void Apply_of_one_band_equals_the_same_band_from_apply_all()
    {
        var image = SyntheticVolumes.RandomInt16(SyntheticVolumes.Geometry(11, 10, 6), seed: 21);

        var all = WaveletTransform.ApplyAll(image);

        foreach (var (band, volume) in all)
        {
            Assert.Equal(volume.Voxels, WaveletTransform.Apply(image, band).Voxels);
        }
    }

    [Fact]
    public void Level_two_reapplies_the_level_one_filter_to_the_previous_approximation()
    {
        var image = SyntheticVolumes.RandomInt16(SyntheticVolumes.Geometry(9, 8, 5), seed: 4);
        var lll = WaveletTransform.Apply(image, "LLL");
        var lllAsImage = new Volume(image.Geometry, PixelType.Float64, lll.Voxels);

        var all = WaveletTransform.ApplyAll(image, level: 2);

        string[] expectedNames = [.. WaveletTransform.BandOrder.Take(7), .. WaveletTransform.BandOrder.Take(7).Select(b => "2-" + b), "2-LLL"];
        Assert.Equal(expectedNames, all.Select(b => b.Band));
        Assert.Equal("wavelet2-HLH", WaveletTransform.ImageTypeName("2-HLH"));
        Assert.Equal("wavelet-HLH", WaveletTransform.ImageTypeName("HLH"));
        Assert.Equal(WaveletTransform.Apply(image, "HLH").Voxels, all.Single(b => b.Band == "HLH").Image.Voxels);
        Assert.Equal(WaveletTransform.Apply(image, "HLH", level: 2).Voxels, all.Single(b => b.Band == "2-HLH").Image.Voxels);
        Assert.Equal(WaveletTransform.Apply(image, "LLL", level: 2).Voxels, all.Single(b => b.Band == "2-LLL").Image.Voxels);

        // For an even-sized image the padded approximation is the image itself, so level 2 = level 1 of LLL.
        var even = SyntheticVolumes.RandomInt16(SyntheticVolumes.Geometry(10, 8, 6), seed: 8);
        var evenLll = new Volume(even.Geometry, PixelType.Float64, WaveletTransform.Apply(even, "LLL").Voxels);
        Assert.Equal(WaveletTransform.Apply(evenLll, "LHH").Voxels, WaveletTransform.Apply(even, "LHH", level: 2).Voxels);
        Assert.Equal(WaveletTransform.Apply(evenLll, "LHH").Voxels, WaveletTransform.Apply(even, "LHH", startLevel: 1).Voxels);

        // For an odd size PyRadiomics keeps the padded approximation, so re-padding the cropped LLL is not the same.
        Assert.NotEqual(WaveletTransform.Apply(lllAsImage, "LHH").Voxels, WaveletTransform.Apply(image, "LHH", level: 2).Voxels);
    }

    [Theory]
    [InlineData("LL")]
    [InlineData("LLX")]
    [InlineData("llh")]
    public void Malformed_band_name_is_refused(string band)
    {
        var image = SyntheticVolumes.RandomInt16(SyntheticVolumes.Geometry(4, 4, 4), seed: 1);

        Assert.Throws<ArgumentException>(() => WaveletTransform.Apply(image, band));
    }
}
