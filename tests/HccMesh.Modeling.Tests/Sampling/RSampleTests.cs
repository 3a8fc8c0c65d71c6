using HccMesh.Modeling.Statistics.Sampling;
using static HccMesh.Modeling.Tests.Sampling.RSamplingFixture;

namespace HccMesh.Modeling.Tests.Sampling;

/// <summary>
/// Reference: Fixtures/r-sampling (R 4.2.2, set.seed(seed); sample.int(n) and
/// sample(rep(seq(nfolds), length = n)) as cv.glmnet draws its fold ids). Integers must be identical.
/// </summary>
public class RSampleTests
{
    public static TheoryData<int, int> SeedsAndSizes()
    {
        var data = new TheoryData<int, int>();
        foreach (var c in Expected.GetProperty("cases").EnumerateArray())
        {
            foreach (var byN in c.GetProperty("by_n").EnumerateArray())
            {
                data.Add(c.GetProperty("seed").GetInt32(), byN.GetProperty("n").GetInt32());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndSizes))]
    public void Sample_int_matches_R(int seed, int n)
    {
        var expected = Integers(ByN(seed, n).GetProperty("sample_int"));
        Assert.Equal(expected, RSample.SampleWithoutReplacement(new RMersenneTwister(seed), n, n));
    }

    [Theory]
    [MemberData(nameof(SeedsAndSizes))]
    public void Cv_glmnet_fold_ids_match_R_for_10_and_5_folds(int seed, int n)
    {
        var expected = ByN(seed, n);
        Assert.Equal(Integers(expected.GetProperty("folds10")), CrossValidationFolds.LikeCvGlmnet(n, 10, seed));
        Assert.Equal(Integers(expected.GetProperty("folds5")), CrossValidationFolds.LikeCvGlmnet(n, 5, seed));
    }

    [Fact]
    public void One_hundred_thousand_patients_match_R()
    {
        var large = Expected.GetProperty("large");
        var seed = large.GetProperty("seed").GetInt32();
        var n = large.GetProperty("n").GetInt32();
        AssertSummary(large.GetProperty("sample_int"), RSample.SampleWithoutReplacement(new RMersenneTwister(seed), n, n));
        AssertSummary(large.GetProperty("folds10"), CrossValidationFolds.LikeCvGlmnet(n, 10, seed));
        AssertSummary(large.GetProperty("folds5"), CrossValidationFolds.LikeCvGlmnet(n, 5, seed));
    }

    [Fact]
    public void Large_population_uses_R_hash_path_for_small_samples()
    {
        var block = Expected.GetProperty("hash_path");
        var rng = new RMersenneTwister(block.GetProperty("seed").GetInt32());
        var actual = RSample.SampleWithoutReplacement(rng, block.GetProperty("n").GetInt32(), block.GetProperty("size").GetInt32());
        Assert.Equal(Integers(block.GetProperty("values")), actual);
    }

    [Fact]
    public void Sample_int_is_a_permutation_of_one_to_n()
    {
        var permutation = RSample.SampleWithoutReplacement(new RMersenneTwister(3), 5000, 5000);
        Assert.Equal(Enumerable.Range(1, 5000), permutation.Order());
    }

    [Fact]
    public void Permute_reorders_the_elements_by_sample_int()
    {
        string[] letters = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
        var order = RSample.SampleWithoutReplacement(new RMersenneTwister(1), 10, 10);
        var permuted = RSample.Permute(new RMersenneTwister(1), letters);
        Assert.Equal(order.Select(i => letters[i - 1]), permuted);
    }

    [Fact]
    public void Empty_and_zero_size_samples_are_empty()
    {
        Assert.Empty(RSample.SampleWithoutReplacement(new RMersenneTwister(1), 0, 0));
        Assert.Empty(RSample.SampleWithoutReplacement(new RMersenneTwister(1), 10, 0));
        Assert.Empty(RSample.Permute(new RMersenneTwister(1), Array.Empty<int>()));
    }

    [Fact]
    public void Sample_larger_than_population_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RSample.SampleWithoutReplacement(new RMersenneTwister(1), 5, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => RSample.SampleWithoutReplacement(new RMersenneTwister(1), -1, 0));
    }

    [Fact]
    public void Fewer_than_three_folds_or_more_folds_than_patients_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CrossValidationFolds.LikeCvGlmnet(100, 2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CrossValidationFolds.LikeCvGlmnet(4, 5, 1));
    }

    [Fact]
    public void Fold_sizes_differ_by_at_most_one()
    {
        var folds = CrossValidationFolds.LikeCvGlmnet(374, 10, 2025);
        var sizes = folds.GroupBy(f => f).Select(g => g.Count()).ToArray();
        Assert.Equal(10, sizes.Length);
        Assert.True(sizes.Max() - sizes.Min() <= 1);
    }

    private static void AssertSummary(System.Text.Json.JsonElement expected, int[] actual)
    {
        Assert.Equal(Integers(expected.GetProperty("head")), actual[..500]);
        Assert.Equal(Integers(expected.GetProperty("tail")), actual[^500..]);
        Assert.Equal(Doubles(expected.GetProperty("checksums")), Checksums(actual));
    }

    private static System.Text.Json.JsonElement ByN(int seed, int n) =>
        Expected.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("seed").GetInt32() == seed)
            .GetProperty("by_n").EnumerateArray().Single(b => b.GetProperty("n").GetInt32() == n);
}
