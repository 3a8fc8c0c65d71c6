using System.Diagnostics;
using HccMesh.Imaging.IO;
using HccMesh.Imaging.Resampling;
using HccMesh.TestData;
using Xunit.Abstractions;

namespace HccMesh.Imaging.Tests.Resampling;

/// <summary>
/// The baselines' "_resampling" columns: resampledPixelSpacing [2, 2, 2], sitkBSpline, padDistance 5, label 1.
/// Reference: diagnostics_Image-interpolated_* and diagnostics_Mask-interpolated_* rows of
/// pyradiomics/baseline/baseline_shape.csv (PyRadiomics 2.1.0, SimpleITK 0.9.1).
/// </summary>
public class RadiomicsResamplerBaselineTests(ITestOutputHelper output)
{
    [TestDataTheory]
    [InlineData("brain1")]
    [InlineData("brain2")]
    [InlineData("breast1")]
    public void Resampled_image_and_mask_match_the_pyradiomics_diagnostics(string testCase)
    {
        var image = NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", testCase + "_image.nrrd"));
        var mask = NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", testCase + "_label.nrrd"));
        var reference = new ShapeBaseline(testCase + "_resampling");

        var watch = Stopwatch.StartNew();
        var (img, msk) = RadiomicsResampler.Resample(image, mask, 1, [2, 2, 2], 5, Interpolator.BSpline);
        watch.Stop();
        var roi = RoiStatistics.Of(img, msk, 1);
        output.WriteLine($"{testCase}: {watch.Elapsed.TotalMilliseconds:0.0} ms, size {string.Join("x", img.Geometry.Size)}, "
            + $"image mean {RoiStatistics.MeanOf(img):R} min {img.Voxels.Min()} max {img.Voxels.Max()}, "
            + $"roi n {roi.VoxelNum} mean {roi.Mean:R} min {roi.Minimum} max {roi.Maximum}");

        Assert.Equal(PixelType.Int16, img.PixelType);
        Assert.Equal(reference.Tuple("diagnostics_Image-interpolated_Spacing"), img.Geometry.Spacing);
        Assert.Equal(reference.Tuple("diagnostics_Image-interpolated_Size"), img.Geometry.Size.Select(s => (double)s));
        Assert.Equal(reference.Tuple("diagnostics_Mask-interpolated_Size"), msk.Geometry.Size.Select(s => (double)s));
        Assert.Equal(reference.Number("diagnostics_Mask-interpolated_VoxelNum"), roi.VoxelNum);
        var b = roi.Box;
        Assert.Equal(reference.Tuple("diagnostics_Mask-interpolated_BoundingBox"), new double[] { b.MinX, b.MinY, b.MinZ, b.SizeX, b.SizeY, b.SizeZ });
        AssertClose(reference.Tuple("diagnostics_Mask-interpolated_CenterOfMassIndex"), roi.CenterOfMassIndex, 1e-12);
        AssertClose(reference.Tuple("diagnostics_Mask-interpolated_CenterOfMass"), roi.CenterOfMass, 1e-12);
        Assert.Equal(reference.Number("diagnostics_Mask-interpolated_Minimum"), roi.Minimum);
        Assert.Equal(reference.Number("diagnostics_Mask-interpolated_Maximum"), roi.Maximum);
        AssertClose([reference.Number("diagnostics_Mask-interpolated_Mean")], [roi.Mean], 1e-12);
        Assert.Equal(reference.Number("diagnostics_Image-interpolated_Minimum"), img.Voxels.Min());
        Assert.Equal(reference.Number("diagnostics_Image-interpolated_Maximum"), img.Voxels.Max());
        AssertClose([reference.Number("diagnostics_Image-interpolated_Mean")], [RoiStatistics.MeanOf(img)], 1e-12);
    }

    [TestDataTheory]
    [InlineData("lung1")]
    [InlineData("lung2")]
    public void Resampled_lung_masks_match_the_pyradiomics_diagnostics(string testCase)
    {
        // lung images are missing (pyradiomics/README.md); the mask side needs only the label map, whose grid is the image's
        var mask = NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", testCase + "_label.nrrd"));
        var reference = new ShapeBaseline(testCase + "_resampling");

        var (_, msk) = RadiomicsResampler.Resample(mask, mask, 1, [2, 2, 2], 5, Interpolator.NearestNeighbor);
        var roi = RoiStatistics.Of(msk, msk, 1);

        Assert.Equal(reference.Tuple("diagnostics_Mask-interpolated_Size"), msk.Geometry.Size.Select(s => (double)s));
        Assert.Equal(reference.Number("diagnostics_Mask-interpolated_VoxelNum"), roi.VoxelNum);
        var b = roi.Box;
        Assert.Equal(reference.Tuple("diagnostics_Mask-interpolated_BoundingBox"), new double[] { b.MinX, b.MinY, b.MinZ, b.SizeX, b.SizeY, b.SizeZ });
        AssertClose(reference.Tuple("diagnostics_Mask-interpolated_CenterOfMassIndex"), roi.CenterOfMassIndex, 1e-12);
        AssertClose(reference.Tuple("diagnostics_Mask-interpolated_CenterOfMass"), roi.CenterOfMass, 1e-12);
    }

    private void AssertClose(double[] expected, double[] actual, double relative)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            double error = Math.Abs(actual[i] - expected[i]) / Math.Max(Math.Abs(expected[i]), 1e-300);
            output.WriteLine($"  expected {expected[i]:R} actual {actual[i]:R} relative error {error:E2}");
            Assert.True(error <= relative || Math.Abs(actual[i] - expected[i]) <= 1e-12, $"element {i}: expected {expected[i]:R}, got {actual[i]:R} (relative error {error:E2})");
        }
    }
}
