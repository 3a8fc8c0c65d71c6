using HccMesh.Imaging.Resampling;

namespace HccMesh.Imaging.Tests.Resampling;

public class RadiomicsResamplerTests
{
    [Fact]
    public void Output_grid_follows_the_pyradiomics_formulas()
    {
        var mask = MaskWithBox(new ImageGeometry(40, 30, 10, [0.5, 0.5, 3.0], [10, 20, 30], ImageGeometry.IdentityDirection), 10, 19, 5, 9, 2, 4);

        var grid = ResamplingGrid.For(mask.Geometry, BoundingBox.OfLabel(mask, 1)!.Value, [1, 1, 1], 2);

        // x: ratio 0.5 → ⌊9.5·0.5 − 2⌋ = 2 … ⌈19.5·0.5 + 2⌉ = 12 → 11 voxels; y: ⌊4.5·0.5 − 2⌋ = 0 … ⌈9.5·0.5 + 2⌉ = 7 → 8;
        // z: ratio 3 → ⌊1.5·3 − 2⌋ = 2 … ⌈4.5·3 + 2⌉ = 16 → 15 voxels (max ⌈30⌉ − 1 = 29)
        Assert.Equal([11, 8, 15], grid.Size);
        // origin index = 0.5·(new − old)/old + lower/ratio: x 0.5 + 4 = 4.5; y 0.5 + 0 = 0.5; z −1/3 + 2/3 = 1/3
        Assert.Equal(10 + (4.5 * 0.5), grid.Origin[0], 1e-12);
        Assert.Equal(20 + (0.5 * 0.5), grid.Origin[1], 1e-12);
        Assert.Equal(30 + (1.0 / 3.0 * 3.0), grid.Origin[2], 1e-12);
    }

    [Fact]
    public void Zero_spacing_and_one_voxel_thick_axes_keep_the_mask_spacing()
    {
        var g = new ImageGeometry(20, 20, 10, [0.8, 0.8, 3.0], [0, 0, 0], ImageGeometry.IdentityDirection);
        var mask = MaskWithBox(g, 5, 9, 5, 5, 2, 6);
        var image = new Volume(g, PixelType.Int16, new double[g.VoxelCount]);

        var (img, msk) = RadiomicsResampler.Resample(image, mask, 1, [1, 1, 0], 0, Interpolator.Linear);

        Assert.Equal([1.0, 0.8, 3.0], img.Geometry.Spacing);
        Assert.Equal(msk.Geometry, img.Geometry);
    }

    [Fact]
    public void Spacing_already_equal_to_the_image_only_crops()
    {
        var g = new ImageGeometry(20, 20, 10, [1, 1, 1], [0, 0, 0], ImageGeometry.IdentityDirection);
        var mask = MaskWithBox(g, 5, 9, 6, 8, 2, 6);
        var image = new Volume(g, PixelType.Int16, Enumerable.Range(0, 4000).Select(i => (double)(i % 1000)).ToArray());

        var (img, msk) = RadiomicsResampler.Resample(image, mask, 1, [1, 1, 1.000001], 3, Interpolator.BSpline);

        Assert.Equal([11, 9, 10], img.Geometry.Size);
        Assert.Equal(image[2, 3, 0], img[0, 0, 0]);
        Assert.Equal(5 * 3 * 5, msk.Voxels.Count(v => v == 1));
    }

    [Fact]
    public void Absent_label_is_refused()
    {
        var g = InterpolationTests.Grid(5, 5, 5);
        var mask = MaskWithBox(g, 1, 2, 1, 2, 1, 2);

        Assert.Throws<GeometryException>(() => RadiomicsResampler.Resample(mask, mask, 2, [2, 2, 2], 1, Interpolator.BSpline));
    }

    [Fact]
    public void Roi_reaching_outside_the_image_is_refused()
    {
        var mask = MaskWithBox(InterpolationTests.Grid(10, 10, 10), 6, 9, 1, 2, 1, 2);
        var image = new Volume(InterpolationTests.Grid(5, 10, 10), PixelType.Int16, new double[500]);

        Assert.Throws<GeometryException>(() => RadiomicsResampler.Resample(image, mask, 1, [2, 2, 2], 1, Interpolator.BSpline));
    }

    [Fact]
    public void Image_keeps_its_pixel_type_and_mask_its_own()
    {
        var g = InterpolationTests.Grid(12, 12, 12);
        var mask = MaskWithBox(g, 3, 8, 3, 8, 3, 8);
        var image = InterpolationTests.RandomVolume(12, 12, 12, seed: 2, integer: true);

        var (img, msk) = RadiomicsResampler.Resample(image, mask, 1, [1.5, 1.5, 1.5], 1, Interpolator.BSpline);

        Assert.Equal(PixelType.Int16, img.PixelType);
        Assert.Equal(PixelType.UInt32, msk.PixelType);
        Assert.All(img.Voxels, v => Assert.Equal(Math.Truncate(v), v));
    }

    private static Volume MaskWithBox(ImageGeometry g, int x0, int x1, int y0, int y1, int z0, int z1)
    {
        var m = new Volume(g, PixelType.UInt32, new double[g.VoxelCount]);
        for (int z = z0; z <= z1; z++)
        {
            for (int y = y0; y <= y1; y++)
            {
                for (int x = x0; x <= x1; x++)
                {
                    m[x, y, z] = 1;
                }
            }
        }

        return m;
    }
}
