using HccMesh.Radiomics.FeatureClasses;

namespace HccMesh.Radiomics.Tests.FeatureClasses;

public sealed class GlrlmFeaturesTests
{
    private const double Epsilon = 2.220446049250313e-16;

    [Fact]
    public void Feature_names_are_the_16_PyRadiomics_names_in_ordinal_order()
    {
        var names = new GlrlmFeatures().FeatureNames;
        Assert.Equal(16, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal("glrlm", new GlrlmFeatures().Name);
    }

    [Fact]
    public void Single_angle_row_gives_hand_computed_values()
    {
        // Row 1 1 2: the only angle (0, 0, 1) has a run (1, length 2) and a run (2, length 1); N_r = 2, N_p = 3.
        var input = TextureTestInputs.FromGrayLevels(3, 1, 1, [1, 1, 2]);
        var f = new GlrlmFeatures().Compute(input, new GlrlmFeatures().FeatureNames.ToArray());
        Assert.Equal(((1.0 / 4) + 1) / 2, f["ShortRunEmphasis"], 15);
        Assert.Equal((4.0 + 1) / 2, f["LongRunEmphasis"], 15);
        Assert.Equal(2.0 / 3, f["RunPercentage"], 15);
        Assert.Equal((1 + (1.0 / 4)) / 2, f["LowGrayLevelRunEmphasis"], 15);
        Assert.Equal((1.0 + 4) / 2, f["HighGrayLevelRunEmphasis"], 15);
        Assert.Equal(((1.0 / 4) + (1.0 / 4)) / 2, f["ShortRunLowGrayLevelEmphasis"], 15);
        Assert.Equal(((1.0 * 4) + (4.0 * 1)) / 2, f["LongRunHighGrayLevelEmphasis"], 15);
        Assert.Equal(0.25, f["GrayLevelVariance"], 15);
        Assert.Equal(0.25, f["RunVariance"], 15);
        Assert.Equal(1.0, f["GrayLevelNonUniformity"], 15);
        Assert.Equal(0.5, f["RunLengthNonUniformityNormalized"], 15);
        Assert.Equal(-2 * 0.5 * Math.Log2(0.5 + Epsilon), f["RunEntropy"], 15);
    }

    [Fact]
    public void Features_average_over_angles_with_nanmean()
    {
        // 2x2 plane of level 1: diagonals have runs {2, 1, 1} (SRE 0.75/... ), rows and columns {2, 2}.
        var input = TextureTestInputs.FromGrayLevels(2, 2, 1, [1, 1, 1, 1]);
        var f = new GlrlmFeatures().Compute(input, ["ShortRunEmphasis"]);
        double diagonal = ((1.0 / 4) + 1 + 1) / 3, straight = 0.25;
        Assert.Equal(((2 * diagonal) + (2 * straight)) / 4, f["ShortRunEmphasis"], 15);
        Assert.Single(f);
    }

    [Fact]
    public void Isolated_voxels_delete_every_angle_and_give_NaN()
    {
        // Two ROI voxels at (x, y, z) = (0, 0, 0) and (2, 1, 1): no unit angle joins them.
        var gray = new int[3 * 2 * 2];
        gray[0] = 1;
        gray[2 + (3 * (1 + (2 * 1)))] = 2;
        var input = TextureTestInputs.FromGrayLevels(3, 2, 2, gray);
        Assert.Equal(0, GrayLevelRunLengthMatrix.Compute(input).MatrixCount);
        var f = new GlrlmFeatures().Compute(input, new GlrlmFeatures().FeatureNames.ToArray());
        Assert.All(f.Values, v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void Flat_region_gives_zero_gray_level_variance_and_unit_gray_level_non_uniformity_normalized()
    {
        var input = TextureTestInputs.FromGrayLevels(3, 3, 3, Enumerable.Repeat(1, 27).ToArray());
        var f = new GlrlmFeatures().Compute(input, ["GrayLevelVariance", "GrayLevelNonUniformityNormalized", "LowGrayLevelRunEmphasis"]);
        Assert.Equal(0.0, f["GrayLevelVariance"]);
        Assert.Equal(1.0, f["GrayLevelNonUniformityNormalized"]);
        Assert.Equal(1.0, f["LowGrayLevelRunEmphasis"]);
    }

    [Fact]
    public void Unknown_feature_name_is_refused()
    {
        var input = TextureTestInputs.FromGrayLevels(3, 1, 1, [1, 1, 2]);
        Assert.Throws<RadiomicsException>(() => new GlrlmFeatures().Compute(input, ["Dissimilarity"]));
    }
}
