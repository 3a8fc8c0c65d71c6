using HccMesh.Radiomics.FeatureClasses;

namespace HccMesh.Radiomics.Tests.FeatureClasses;

public sealed class NgtdmFeaturesTests
{
    [Fact]
    public void Feature_names_are_the_5_PyRadiomics_names_in_ordinal_order()
    {
        Assert.Equal(["Busyness", "Coarseness", "Complexity", "Contrast", "Strength"], new NgtdmFeatures().FeatureNames);
    }

    [Fact]
    public void Matrix_of_a_row_holds_counts_and_absolute_differences_to_the_neighbour_mean()
    {
        // Row 1 2 4: |1 − 2| = 1, |2 − 2.5| = 0.5, |4 − 2| = 2.
        var m = NeighbouringGrayToneDifferenceMatrix.Compute(TextureTestInputs.FromGrayLevels(3, 1, 1, [1, 2, 4]));
        Assert.Equal([1, 2, 4], m.GrayLevels);
        Assert.Equal([1.0, 1, 1], m.VoxelCounts);
        Assert.Equal([1.0, 0.5, 2], m.DifferenceSums);
    }

    [Fact]
    public void Voxels_without_roi_neighbours_are_counted_with_zero_difference()
    {
        var m = NeighbouringGrayToneDifferenceMatrix.Compute(TextureTestInputs.FromGrayLevels(3, 1, 1, [1, 0, 3]));
        Assert.Equal([1.0, 1], m.VoxelCounts);
        Assert.Equal([0.0, 0], m.DifferenceSums);
        var f = NgtdmFeatures.FromMatrix(m, ["Coarseness", "Strength", "Busyness"]);
        Assert.Equal(1e6, f["Coarseness"]);
        Assert.Equal(0.0, f["Strength"]);
        Assert.Equal(0.0, f["Busyness"]);
    }

    [Fact]
    public void Hand_computed_features_of_a_row()
    {
        // p_i = 1/3, s = (1, 0.5, 2), N_vp = 3, N_gp = 3; ordered pair sums of (i − j)² = 28, of |i − j| = 12.
        var f = new NgtdmFeatures().Compute(TextureTestInputs.FromGrayLevels(3, 1, 1, [1, 2, 4]), new NgtdmFeatures().FeatureNames.ToArray());
        Assert.Equal(3 / 3.5, f["Coarseness"], 14);
        Assert.Equal(28.0 / 9 * 3.5 / 3 / 6, f["Contrast"], 14);
        Assert.Equal(3.5 / 3 / 4, f["Busyness"], 14);
        Assert.Equal(15.5 / 3, f["Complexity"], 14);
        Assert.Equal(2.0 / 3 * 28 / 3.5, f["Strength"], 14);
    }

    [Fact]
    public void Flat_region_gives_the_PyRadiomics_degenerate_values()
    {
        var f = new NgtdmFeatures().Compute(TextureTestInputs.FromGrayLevels(2, 2, 2, Enumerable.Repeat(5, 8).ToArray()), new NgtdmFeatures().FeatureNames.ToArray());
        Assert.Equal(1e6, f["Coarseness"]); // spec §11
        Assert.Equal(0.0, f["Contrast"]);
        Assert.Equal(0.0, f["Busyness"]);
        Assert.Equal(0.0, f["Complexity"]);
        Assert.Equal(0.0, f["Strength"]);
    }
}
