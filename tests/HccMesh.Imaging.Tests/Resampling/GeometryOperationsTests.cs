using HccMesh.Imaging.Resampling;

namespace HccMesh.Imaging.Tests.Resampling;

public class GeometryOperationsTests
{
    [Fact]
    public void Crop_keeps_the_world_position_of_every_kept_voxel()
    {
        var g = new ImageGeometry(10, 8, 6, [0.5, 0.7, 2.0], [-10, 5, 100], [1, 0, 0, 0, -1, 0, 0, 0, 1]);
        var v = new Volume(g, PixelType.Int32, Enumerable.Range(0, 480).Select(i => (double)i).ToArray());

        var cropped = Cropping.Crop(v, new BoundingBox(3, 5, 2, 4, 1, 1), pad: 2);

        // x 1..7, y 0..6, z 0..3 (clamped at the low edges)
        Assert.Equal([7, 7, 4], cropped.Geometry.Size);
        Assert.Equal(v[1, 0, 0], cropped[0, 0, 0]);
        Assert.Equal(v[7, 6, 3], cropped[6, 6, 3]);
        var expected = g.IndexToPhysical(1, 0, 0);
        Assert.Equal([expected.X, expected.Y, expected.Z], cropped.Geometry.Origin);
        Assert.Equal(g.Direction, cropped.Geometry.Direction);
    }

    [Fact]
    public void Crop_clamps_at_the_upper_edges()
    {
        var v = new Volume(InterpolationTests.Grid(5, 5, 5), PixelType.UInt8, new double[125]);

        var cropped = Cropping.Crop(v, new BoundingBox(4, 4, 3, 4, 0, 4), pad: 3);

        Assert.Equal([4, 5, 5], cropped.Geometry.Size);
        Assert.Equal([1.0, 0, 0], cropped.Geometry.Origin);
    }

    [Fact]
    public void Mask_already_on_the_image_grid_is_returned_as_is()
    {
        var mask = new Volume(InterpolationTests.Grid(4, 4, 4), PixelType.UInt8, new double[64]);

        Assert.Same(mask, MaskPlacement.OntoImageGrid(mask, InterpolationTests.Grid(4, 4, 4)));
    }

    [Fact]
    public void Mask_on_a_flipped_grid_is_placed_by_world_position()
    {
        // mask y axis runs backwards: mask row j sits at world y = 3 − j
        var maskGrid = new ImageGeometry(4, 4, 1, [1, 1, 1], [0, 3, 0], [1, 0, 0, 0, -1, 0, 0, 0, 1]);
        var mask = new Volume(maskGrid, PixelType.UInt8, new double[16]);
        mask[2, 0, 0] = 5;

        var placed = MaskPlacement.OntoImageGrid(mask, InterpolationTests.Grid(4, 4, 1));

        Assert.Equal(5.0, placed[2, 3, 0]);
        Assert.Equal(1, placed.Voxels.Count(x => x != 0));
    }

    [Fact]
    public void Mask_on_non_overlapping_grid_is_refused_with_a_geometry_error()
    {
        var maskGrid = new ImageGeometry(4, 4, 4, [1, 1, 1], [100, 0, 0], ImageGeometry.IdentityDirection);
        var mask = new Volume(maskGrid, PixelType.UInt8, Enumerable.Repeat(1.0, 64).ToArray());

        var e = Assert.Throws<GeometryException>(() => MaskPlacement.OntoImageGrid(mask, InterpolationTests.Grid(4, 4, 4)));

        Assert.Contains("does not overlap", e.Message);
    }

    [Fact]
    public void Normalisation_gives_zero_mean_unit_sample_sd_times_scale()
    {
        var g = InterpolationTests.Grid(5, 1, 1);
        var v = new Volume(g, PixelType.Int16, [1, 2, 3, 4, 5]);

        var n = Normalization.Normalize(v, 100);

        // mean 3, sample SD sqrt(2.5)
        double sd = Math.Sqrt(2.5);
        Assert.Equal(PixelType.Float64, n.PixelType);
        Assert.Equal([-200 / sd, -100 / sd, 0, 100 / sd, 200 / sd], n.Voxels.Select(x => x), new ToleranceComparer(1e-12));
    }

    [Fact]
    public void Normalisation_clips_outliers_before_scaling()
    {
        var g = InterpolationTests.Grid(10, 1, 1);
        var v = new Volume(g, PixelType.Float64, [0, 0, 0, 0, 0, 0, 0, 0, 0, 100]);

        var n = Normalization.Normalize(v, 10, removeOutliers: 1.5);

        Assert.Equal(15.0, n.Voxels.Max(), 1e-12);
        Assert.Equal(-10 * (10 / Math.Sqrt(1000.0)), n.Voxels.Min(), 1e-12); // (0 − 10)/σ, σ = √(9000/9)
    }

    [Fact]
    public void Constant_image_cannot_be_normalised()
    {
        var v = new Volume(InterpolationTests.Grid(3, 1, 1), PixelType.Int16, [4, 4, 4]);

        Assert.Throws<ArgumentException>(() => Normalization.Normalize(v, 1));
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double a, double b) => Math.Abs(a - b) <= tolerance;

        public int GetHashCode(double x) => 0;
    }
}
