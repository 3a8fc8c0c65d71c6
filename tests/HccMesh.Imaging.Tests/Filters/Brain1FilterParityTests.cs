using HccMesh.Imaging.Filters;
using HccMesh.Imaging.IO;
using HccMesh.TestData;
using Xunit.Abstractions;

namespace HccMesh.Imaging.Tests.Filters;

/// <summary>
/// brain1 (int16 256x256x25) filtered on the full image, then restricted to the label-1 voxels,
/// against PyRadiomics' own first-order values.
/// </summary>
public class Brain1FilterParityTests(ITestOutputHelper output)
{
    private static readonly string[] Features = ["Mean", "Minimum", "Maximum", "Variance", "Median", "Energy"];

    private static readonly Lazy<(Volume Image, Volume Mask)> Brain1 = new(() =>
        (NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", "brain1_image.nrrd")),
         NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", "brain1_label.nrrd"))));

    private static readonly Lazy<IReadOnlyList<(string Band, Volume Image)>> Wavelets = new(() => WaveletTransform.ApplyAll(Brain1.Value.Image));

    [TestDataTheory]
    [InlineData(1.0, "1-0")]
    [InlineData(3.0, "3-0")]
    [InlineData(5.0, "5-0")]
    public void LoG_first_order_matches_the_pyradiomics_notebook(double sigma, string name)
    {
        // notebooks/helloFeatureClass.ipynb output (PyRadiomics 2.1.2), log-sigma-{name}-mm-3D_firstorder_*
        var log = LaplacianOfGaussian.Apply(Brain1.Value.Image, sigma);

        double worst = Compare(log, $"log-sigma-{name}-mm-3D_firstorder_", PyRadiomicsReferenceValues.Brain1Notebook(), Features, 1e-12);
        output.WriteLine($"LoG sigma {sigma}: max relative error vs notebook {worst:E2}");
    }

    [TestDataTheory]
    [InlineData(0.5, "0-5")]
    [InlineData(1.0, "1-0")]
    [InlineData(1.5, "1-5")]
    public void LoG_first_order_matches_the_1130_feature_reference(double sigma, string name)
    {
        // reference-1130/brain1_1130.csv (PyRadiomics 3.1, commit 8ed5793)
        var log = LaplacianOfGaussian.Apply(Brain1.Value.Image, sigma);

        double worst = Compare(log, $"log-sigma-{name}-mm-3D_firstorder_", PyRadiomicsReferenceValues.Brain1Full(), Features, 1e-11);
        output.WriteLine($"LoG sigma {sigma}: max relative error vs 1130 reference {worst:E2}");
    }

    [TestDataFact]
    public void Wavelet_first_order_matches_the_pyradiomics_notebook_for_all_eight_bands()
    {
        // notebooks/helloFeatureClass.ipynb output (PyRadiomics 2.1.2), wavelet-XXX_firstorder_*
        var reference = PyRadiomicsReferenceValues.Brain1Notebook();
        double worst = 0;
        foreach (var (band, image) in Wavelets.Value)
        {
            Assert.Equal(PixelType.Float64, image.PixelType);
            double bandWorst = Compare(image, $"{WaveletTransform.ImageTypeName(band)}_firstorder_", reference, Features, 1e-12);
            output.WriteLine($"wavelet-{band}: max relative error vs notebook {bandWorst:E2}");
            worst = Math.Max(worst, bandWorst);
        }

        output.WriteLine($"all bands: {worst:E2}");
    }

    [TestDataFact]
    public void Wavelet_first_order_matches_the_1130_feature_reference_for_all_eight_bands()
    {
        // reference-1130/brain1_1130.csv (PyRadiomics 3.1, commit 8ed5793)
        var reference = PyRadiomicsReferenceValues.Brain1Full();
        double worst = 0;
        foreach (var (band, image) in Wavelets.Value)
        {
            worst = Math.Max(worst, Compare(image, $"{WaveletTransform.ImageTypeName(band)}_firstorder_", reference, Features, 1e-11));
        }

        output.WriteLine($"all bands: max relative error vs 1130 reference {worst:E2}");
    }

    private double Compare(Volume filtered, string prefix, IReadOnlyDictionary<string, double> reference, string[] features, double tolerance)
    {
        var stats = RoiFirstOrder.Of(filtered, Brain1.Value.Mask, label: 1);
        double worst = 0;
        int compared = 0;
        foreach (var feature in features)
        {
            if (!reference.TryGetValue(prefix + feature, out double expected))
            {
                continue;
            }

            double actual = stats[feature];
            double relative = Math.Abs(actual - expected) / Math.Abs(expected);
            output.WriteLine($"  {prefix}{feature}: {actual:R} vs {expected:R} (rel {relative:E2})");
            worst = Math.Max(worst, relative);
            compared++;
            Assert.True(relative <= tolerance, $"{prefix}{feature}: {actual:R} vs reference {expected:R}, relative {relative:E2}");
        }

        Assert.True(compared >= 5, $"only {compared} reference values found for {prefix}");
        return worst;
    }
}
