using HccMesh.Imaging.IO;
using HccMesh.Imaging.Resampling;
using HccMesh.TestData;

namespace HccMesh.Imaging.Tests.Resampling;

public class FirstOrderValuesTests
{
    [TestDataTheory]
    [InlineData("brain1")]
    [InlineData("brain2")]
    [InlineData("breast1")]
    public void Resampled_roi_intensities_reproduce_the_baseline_first_order_values(string testCase)
    {
        var image = NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", testCase + "_image.nrrd"));
        var mask = NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", testCase + "_label.nrrd"));

        var (img, msk) = RadiomicsResampler.Resample(image, mask, 1, [2, 2, 2], 5, Interpolator.BSpline);
        var s = FirstOrderBaseline.Statistics(FirstOrderBaseline.RoiValues(img, msk, 1));

        string column = testCase + "_resampling";
        Assert.Equal(FirstOrderBaseline.Value(column, "Minimum"), s.Min);
        Assert.Equal(FirstOrderBaseline.Value(column, "Maximum"), s.Max);
        Assert.Equal(FirstOrderBaseline.Value(column, "Median"), s.Median);
        Assert.Equal(FirstOrderBaseline.Value(column, "Energy"), s.Energy);
        Assert.Equal(FirstOrderBaseline.Value(column, "Mean"), s.Mean, 1e-12 * Math.Abs(s.Mean));
        Assert.Equal(FirstOrderBaseline.Value(column, "Variance"), s.Variance, 1e-11 * s.Variance);
    }

    [TestDataTheory]
    [InlineData("brain1")]
    [InlineData("brain2")]
    [InlineData("breast1")]
    public void Normalised_roi_intensities_reproduce_the_baseline_first_order_values(string testCase)
    {
        // baseline "_normalization" columns: normalize True, normalizeScale 100, no resampling
        var image = NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", testCase + "_image.nrrd"));
        var mask = NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", testCase + "_label.nrrd"));

        var normalized = Normalization.Normalize(image, 100);
        var s = FirstOrderBaseline.Statistics(FirstOrderBaseline.RoiValues(normalized, mask, 1));

        string column = testCase + "_normalization";
        Assert.Equal(PixelType.Float64, normalized.PixelType);
        foreach (var (name, value) in new[] { ("Mean", s.Mean), ("Minimum", s.Min), ("Maximum", s.Max), ("Median", s.Median), ("Variance", s.Variance), ("Energy", s.Energy) })
        {
            double expected = FirstOrderBaseline.Value(column, name);
            Assert.True(Math.Abs(value - expected) <= 1e-12 * Math.Abs(expected), $"{name}: expected {expected:R}, got {value:R}");
        }
    }
}
