using HccMesh.Radiomics.FeatureClasses;

namespace HccMesh.Radiomics.Tests.FeatureClasses;

public sealed class GlszmFeaturesTests
{
    [Fact]
    public void Feature_names_are_the_16_PyRadiomics_names_in_ordinal_order()
    {
        var names = new GlszmFeatures().FeatureNames;
        Assert.Equal(16, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public void Corner_touching_voxels_form_one_zone_in_3D()
    {
        // (0,0,0) and (1,1,1) share only a corner: 26-connectivity joins them.
        var gray = new int[8];
        gray[0] = 4;
        gray[7] = 4;
        var matrix = GrayLevelSizeZoneMatrix.Compute(TextureTestInputs.FromGrayLevels(2, 2, 2, gray));
        Assert.Equal([4], matrix.GrayLevels);
        Assert.Equal([2], matrix.ZoneSizes);
        Assert.Equal(1, matrix[0, 0]);
    }

    [Fact]
    public void Force2D_keeps_zones_in_their_slice()
    {
        var gray = new int[8];
        gray[0] = 4;
        gray[7] = 4;
        var input = TextureTestInputs.FromGrayLevels(2, 2, 2, gray, new RadiomicsSettings { Force2D = true });
        var matrix = GrayLevelSizeZoneMatrix.Compute(input);
        Assert.Equal([1], matrix.ZoneSizes);
        Assert.Equal(2, matrix[0, 0]);
    }

    [Fact]
    public void Zones_split_by_gray_level_and_list_only_occurring_sizes()
    {
        // Slice (y rows): 1 1 2 / 1 3 2 / 0 0 2 -> level 1 zone of 3, level 2 zone of 3, level 3 zone of 1 (8-connected in-plane).
        int[] gray = [1, 1, 2, 1, 3, 2, 0, 0, 2];
        var matrix = GrayLevelSizeZoneMatrix.Compute(TextureTestInputs.FromGrayLevels(3, 3, 1, gray));
        Assert.Equal([1, 2, 3], matrix.GrayLevels);
        Assert.Equal([1, 3], matrix.ZoneSizes);
        Assert.Equal(new double[] { 0, 1, 0, 1, 1, 0 }, matrix.Counts.ToArray());
    }

    [Fact]
    public void Single_zone_gives_the_PyRadiomics_flat_region_values()
    {
        var input = TextureTestInputs.FromGrayLevels(2, 2, 2, Enumerable.Repeat(3, 8).ToArray());
        var f = new GlszmFeatures().Compute(input, new GlszmFeatures().FeatureNames.ToArray());
        // Spec §11: −log2(1 + ε) = −3.2034265038149176e-16 in the baselines. .NET's Math.Log2 (like glibc's
        // log2) returns the neighbouring double −3.2034265038149171e-16, 1 ulp away; both are the ε quirk, not 0.
        Assert.Equal(-3.2034265038149176e-16, f["ZoneEntropy"], 3e-31);
        Assert.Equal(1.0 / 64, f["SmallAreaEmphasis"], 15);
        Assert.Equal(64.0, f["LargeAreaEmphasis"], 12);
        Assert.Equal(1.0 / 8, f["ZonePercentage"], 15);
        Assert.Equal(1.0 / 9, f["LowGrayLevelZoneEmphasis"], 15);
        Assert.Equal(9.0, f["HighGrayLevelZoneEmphasis"], 15);
        Assert.Equal(0.0, f["ZoneVariance"]);
        Assert.Equal(0.0, f["GrayLevelVariance"]);
        Assert.Equal(1.0, f["SizeZoneNonUniformityNormalized"]);
    }

    [Fact]
    public void A_zone_as_large_as_the_roi_gets_a_single_column()
    {
        // 100x100x10 flat block: one zone of 100,000 voxels; only occurring sizes become columns.
        var input = TextureTestInputs.FromGrayLevels(100, 100, 10, Enumerable.Repeat(2, 100_000).ToArray());
        var matrix = GrayLevelSizeZoneMatrix.Compute(input);
        Assert.Equal([100_000], matrix.ZoneSizes);
        Assert.Equal(1, matrix[0, 0]);
        var f = GlszmFeatures.FromMatrix(matrix, ["LargeAreaEmphasis"]);
        Assert.Equal(1e10, f["LargeAreaEmphasis"]);
    }
}
