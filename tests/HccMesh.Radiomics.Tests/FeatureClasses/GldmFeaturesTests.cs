using HccMesh.Radiomics.FeatureClasses;

namespace HccMesh.Radiomics.Tests.FeatureClasses;

public sealed class GldmFeaturesTests
{
    [Fact]
    public void Feature_names_are_the_14_active_PyRadiomics_names_in_ordinal_order()
    {
        var names = new GldmFeatures().FeatureNames;
        Assert.Equal(14, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.DoesNotContain("DependencePercentage", names);
    }

    [Fact]
    public void Dependence_counts_the_centre_and_equal_neighbours()
    {
        // Row 1 1 2: dependences 2, 2, 1.
        var matrix = GrayLevelDependenceMatrix.Compute(TextureTestInputs.FromGrayLevels(3, 1, 1, [1, 1, 2]));
        Assert.Equal(2, matrix.MaxDependence);
        Assert.Equal(new double[] { 0, 2, 1, 0 }, matrix.Counts.ToArray());
    }

    [Fact]
    public void Alpha_widens_the_dependence_to_close_gray_levels()
    {
        // Row 1 1 2 with gldm_a = 1: dependences 2, 3, 2.
        var input = TextureTestInputs.FromGrayLevels(3, 1, 1, [1, 1, 2], new RadiomicsSettings { GldmA = 1 });
        var matrix = GrayLevelDependenceMatrix.Compute(input);
        Assert.Equal(3, matrix.MaxDependence);
        Assert.Equal(new double[] { 0, 1, 1, 0, 1, 0 }, matrix.Counts.ToArray());
    }

    [Fact]
    public void Distance_two_reaches_the_second_neighbour()
    {
        // Row 1 0 1 with distances [2]: each voxel sees the other one.
        var input = TextureTestInputs.FromGrayLevels(3, 1, 1, [1, 0, 1], new RadiomicsSettings { Distances = [2] });
        Assert.Equal(new double[] { 0, 2 }, GrayLevelDependenceMatrix.Compute(input).Counts.ToArray());
    }

    [Fact]
    public void Hand_computed_features_of_a_row()
    {
        // P: level 1 -> dependence 2 twice, level 2 -> dependence 1 once; N_z = 3.
        var f = new GldmFeatures().Compute(TextureTestInputs.FromGrayLevels(3, 1, 1, [1, 1, 2]), new GldmFeatures().FeatureNames.ToArray());
        Assert.Equal(((2.0 / 4) + 1) / 3, f["SmallDependenceEmphasis"], 15);
        Assert.Equal(((2.0 * 4) + 1) / 3, f["LargeDependenceEmphasis"], 15);
        Assert.Equal((4.0 + 1) / 3, f["GrayLevelNonUniformity"], 15);
        Assert.Equal((4.0 + 1) / 9, f["DependenceNonUniformityNormalized"], 15);
        Assert.Equal(((2.0 / 4) + (1.0 / 4)) / 3, f["SmallDependenceLowGrayLevelEmphasis"], 15);
        Assert.Equal(2.0 / 9, f["DependenceVariance"], 15);
    }
}
