using HccMesh.Modeling.Statistics.Sampling;
using static HccMesh.Modeling.Tests.Sampling.RSamplingFixture;

namespace HccMesh.Modeling.Tests.Sampling;

/// <summary>
/// Reference: Fixtures/r-sampling (R 4.2.2, set.seed(seed); runif(…), RNGkind Mersenne-Twister / Rejection).
/// R's uniforms are multiples of 2⁻³² printed with 17 digits, so they must agree to 1e-15 absolute (in fact exactly).
/// </summary>
public class RMersenneTwisterTests
{
    public static TheoryData<int> Seeds() => [.. Expected.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("seed").GetInt32())];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void First_five_uniforms_match_R_runif_after_set_seed(int seed)
    {
        var expected = Doubles(Case(seed).GetProperty("runif5"));
        var rng = new RMersenneTwister(seed);
        foreach (var value in expected)
        {
            Assert.Equal(value, rng.UnifRand(), 1e-15);
        }
    }

    [Fact]
    public void Two_thousand_uniforms_match_R_across_several_state_regenerations()
    {
        var block = Expected.GetProperty("long_runif");
        var rng = new RMersenneTwister(block.GetProperty("seed").GetInt32());
        var expected = Doubles(block.GetProperty("values"));
        Assert.Equal(2000, expected.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var actual = rng.UnifRand();
            Assert.True(Math.Abs(actual - expected[i]) <= 1e-15, $"runif[{i + 1}]: expected {expected[i]:R}, got {actual:R}");
        }
    }

    [Fact]
    public void Uniforms_and_samples_share_one_stream_as_in_R()
    {
        var draws = Expected.GetProperty("mixed").GetProperty("draws");
        var rng = new RMersenneTwister(Expected.GetProperty("mixed").GetProperty("seed").GetInt32());
        foreach (var value in Doubles(draws.GetProperty("runif3")))
        {
            Assert.Equal(value, rng.UnifRand(), 1e-15);
        }

        Assert.Equal(Integers(draws.GetProperty("sample_int_10")), RSample.SampleWithoutReplacement(rng, 10, 10));
        Assert.Equal(Integers(draws.GetProperty("sample_int_1000_size_7")), RSample.SampleWithoutReplacement(rng, 1000, 7));
        Assert.Equal(Integers(draws.GetProperty("sample_int_5_size_1")), RSample.SampleWithoutReplacement(rng, 5, 1));
        Assert.Equal(Integers(draws.GetProperty("sample_int_1_size_1")), RSample.SampleWithoutReplacement(rng, 1, 1));

        // 65536 = 2^16 exactly: rbits(16) draws two 16-bit chunks, one more than the mask keeps.
        var power = RSample.SampleWithoutReplacement(rng, 65536, 65536);
        var summary = draws.GetProperty("sample_int_65536");
        Assert.Equal(Integers(summary.GetProperty("head")), power[..500]);
        Assert.Equal(Integers(summary.GetProperty("tail")), power[^500..]);
        Assert.Equal(Doubles(summary.GetProperty("checksums")), Checksums(power));

        Assert.Equal(Integers(draws.GetProperty("sample_int_65537_size_3")), RSample.SampleWithoutReplacement(rng, 65537, 3));
        foreach (var value in Doubles(draws.GetProperty("runif2")))
        {
            Assert.Equal(value, rng.UnifRand(), 1e-15);
        }
    }

    [Fact]
    public void Uniforms_lie_strictly_inside_the_unit_interval()
    {
        var rng = new RMersenneTwister(12345);
        for (var i = 0; i < 100_000; i++)
        {
            var u = rng.UnifRand();
            Assert.True(u > 0.0 && u < 1.0, $"draw {i} = {u:R}");
        }
    }

    [Fact]
    public void Unif_index_of_zero_or_less_is_zero()
    {
        var rng = new RMersenneTwister(1);
        Assert.Equal(0.0, rng.UnifIndex(0));
        Assert.Equal(0.0, rng.UnifIndex(-3));
    }

    private static System.Text.Json.JsonElement Case(int seed) =>
        Expected.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("seed").GetInt32() == seed);
}
