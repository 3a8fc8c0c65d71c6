using HccMesh.Imaging.Filters;

namespace HccMesh.Imaging.Tests.Filters;

public class WaveletFilterBankTests
{
    [Fact]
    public void Coif1_float64_filters_are_exactly_the_spec_values()
    {
        // spec radiomics-conventions.md §7.2 step 6 (PyWavelets' stored coefficients, reversed, ×√2).
        double[] low = [-0.015655728135791993, -0.07273261951252645, 0.3848648468648578, 0.8525720202116004, 0.3378976624574818, -0.07273261951252645];
        double[] high = [0.07273261951252645, 0.3378976624574818, -0.8525720202116004, 0.3848648468648578, 0.07273261951252645, -0.015655728135791993];

        var bank = WaveletFilterBank.FromName("coif1");

        Assert.Equal(low, bank.DecompositionLowPass);
        Assert.Equal(high, bank.DecompositionHighPass);
    }

    [Theory]
    [InlineData("haar", 1)]
    [InlineData("db1", 1)]
    [InlineData("db2", 2)]
    [InlineData("db3", 3)]
    [InlineData("coif1", 2)]
    public void Filters_are_orthonormal_with_the_expected_vanishing_moments(string name, int vanishingMoments)
    {
        var bank = WaveletFilterBank.FromName(name);
        var h = bank.DecompositionLowPass;
        var g = bank.DecompositionHighPass;

        Assert.Equal(Math.Sqrt(2), h.Sum(), 1e-15);
        Assert.Equal(1.0, h.Sum(v => v * v), 1e-15);
        Assert.Equal(1.0, g.Sum(v => v * v), 1e-15);
        for (int shift = 2; shift < h.Count; shift += 2)
        {
            double dot = 0;
            for (int i = 0; i + shift < h.Count; i++)
            {
                dot += h[i] * h[i + shift];
            }

            Assert.Equal(0.0, dot, 1e-15);
        }

        for (int k = 0; k < vanishingMoments; k++)
        {
            Assert.Equal(0.0, g.Select((v, i) => v * Math.Pow(i, k)).Sum(), 1e-13);
        }
    }

    [Fact]
    public void Float32_coif1_filters_are_pywavelets_float_product_not_the_rounded_double()
    {
        var bank = WaveletFilterBank.FromName("coif1");

        for (int i = 0; i < bank.Length; i++)
        {
            // PyWavelets: float(stored) * float(√2) in float; stored = dec_lo / √2 up to an ulp.
            float expected = (float)(bank.DecompositionLowPass[i] / Math.Sqrt(2)) * (float)Math.Sqrt(2);
            Assert.Equal(expected, bank.DecompositionLowPassSingle[i]);
            Assert.Equal(bank.DecompositionLowPass[i], bank.DecompositionLowPassSingle[i], 1e-7);
        }
    }

    [Fact]
    public void Unsupported_wavelet_is_refused_with_the_supported_list()
    {
        var error = Assert.Throws<ArgumentException>(() => WaveletFilterBank.FromName("sym4"));

        Assert.Contains("coif1", error.Message);
    }
}
