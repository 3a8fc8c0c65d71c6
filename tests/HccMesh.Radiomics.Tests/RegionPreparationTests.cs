using HccMesh.Imaging;
using HccMesh.Radiomics.Pipeline;

namespace HccMesh.Radiomics.Tests;

public sealed class RegionPreparationTests
{
    private static readonly ImageGeometry Grid = SyntheticVolumes.Grid(8, 7, 6);

    [Fact]
    public void Empty_mask_is_refused_with_a_clear_message()
    {
        var e = Assert.Throws<RadiomicsException>(() =>
            RegionPreparation.Prepare(SyntheticVolumes.NoisyImage(Grid, 1), Volume.Zeros(Grid, PixelType.UInt8), new RadiomicsSettings()));
        Assert.Equal("mask has no voxel with label 1", e.Message);
    }

    [Fact]
    public void Absent_label_is_refused_naming_the_label()
    {
        var mask = SyntheticVolumes.Ellipsoid(Grid, 3, 3, 2);
        var e = Assert.Throws<RadiomicsException>(() =>
            RegionPreparation.Prepare(SyntheticVolumes.NoisyImage(Grid, 1), mask, new RadiomicsSettings { Label = 3 }));
        Assert.Equal("mask has no voxel with label 3", e.Message);
    }

    [Fact]
    public void Single_voxel_roi_is_refused()
    {
        var mask = Volume.Zeros(Grid, PixelType.UInt8);
        mask[3, 3, 3] = 1;
        var e = Assert.Throws<RadiomicsException>(() =>
            RegionPreparation.Prepare(SyntheticVolumes.NoisyImage(Grid, 1), mask, new RadiomicsSettings { MinimumRoiDimensions = 1 }));
        Assert.Contains("single voxel", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Roi_with_too_few_dimensions_is_refused()
    {
        var mask = Volume.Zeros(Grid, PixelType.UInt8);
        mask[2, 3, 3] = 1;
        mask[3, 3, 3] = 1;
        var e = Assert.Throws<RadiomicsException>(() =>
            RegionPreparation.Prepare(SyntheticVolumes.NoisyImage(Grid, 1), mask, new RadiomicsSettings()));
        Assert.Contains("too few dimensions", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Roi_not_above_minimum_size_is_refused()
    {
        var mask = SyntheticVolumes.Ellipsoid(Grid, 3, 3, 2);
        int n = mask.Voxels.Count(v => v == 1);
        var e = Assert.Throws<RadiomicsException>(() =>
            RegionPreparation.Prepare(SyntheticVolumes.NoisyImage(Grid, 1), mask, new RadiomicsSettings { MinimumRoiSize = n }));
        Assert.Contains("too small", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mask_on_another_grid_is_refused()
    {
        var other = SyntheticVolumes.Grid(8, 7, 6, [2, 2, 2]);
        var e = Assert.Throws<RadiomicsException>(() =>
            RegionPreparation.Prepare(SyntheticVolumes.NoisyImage(Grid, 1), SyntheticVolumes.Ellipsoid(other, 3, 3, 2), new RadiomicsSettings()));
        Assert.Contains("differs from the image grid", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resegmentation_replaces_the_bounding_box_but_shape_keeps_the_original_mask()
    {
        var image = SyntheticVolumes.NoisyImage(Grid, 2);
        var mask = SyntheticVolumes.Ellipsoid(Grid, 3.5, 3, 2.5);
        double threshold = image.Voxels.Where((_, i) => mask.Voxels[i] == 1).Order().ElementAt(10);
        var region = RegionPreparation.Prepare(image, mask, new RadiomicsSettings { ResegmentRange = [threshold] });

        Assert.True(region.IntensityMask.Count(b => b) < region.ShapeMask.Count(b => b));
        Assert.Equal(mask.Voxels.Count(v => v == 1), region.ShapeMask.Count(b => b));
        Assert.All(region.IntensityMask.Select((b, i) => (b, i)).Where(t => t.b), t => Assert.True(image.Voxels[t.i] >= threshold));
    }

    [Fact]
    public void Resegmentation_leaving_one_voxel_is_refused()
    {
        var image = SyntheticVolumes.NoisyImage(Grid, 2);
        var mask = SyntheticVolumes.Ellipsoid(Grid, 3, 3, 2);
        var e = Assert.Throws<RadiomicsException>(() =>
            RegionPreparation.Prepare(image, mask, new RadiomicsSettings { ResegmentRange = [1e6] }));
        Assert.Contains("resegmentation excluded too many voxels", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_correctMask_a_slightly_shifted_mask_is_placed_on_the_image_grid()
    {
        var image = SyntheticVolumes.NoisyImage(Grid, 3);
        var onGrid = SyntheticVolumes.Ellipsoid(Grid, 3, 3, 2);
        var shifted = new Volume(
            new ImageGeometry(Grid.SizeX, Grid.SizeY, Grid.SizeZ, [1, 1, 1], [0.2, -0.1, 0.3], ImageGeometry.IdentityDirection),
            PixelType.UInt8,
            (double[])onGrid.Voxels.Clone());

        Assert.Throws<RadiomicsException>(() => RegionPreparation.Prepare(image, shifted, new RadiomicsSettings()));
        var region = RegionPreparation.Prepare(image, shifted, new RadiomicsSettings { CorrectMask = true });
        Assert.Equal(onGrid.Voxels.Count(v => v == 1), region.IntensityMask.Count(b => b));
    }
}
