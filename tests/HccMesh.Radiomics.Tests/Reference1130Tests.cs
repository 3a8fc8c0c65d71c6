using System.Diagnostics;
using System.Globalization;
using HccMesh.Radiomics.Parameters;
using HccMesh.Radiomics.Pipeline;
using HccMesh.TestData;
using Xunit.Abstractions;

namespace HccMesh.Radiomics.Tests;

/// <summary>
/// The full 1130-feature configuration on brain1 against PyRadiomics 3.1 itself
/// (shared/testdata/pyradiomics/reference-1130/brain1_1130.csv with params_1130.yaml beside it).
/// </summary>
public sealed class Reference1130Tests(ITestOutputHelper output)
{
    [TestDataFact]
    public void All_1130_brain1_features_match_PyRadiomics()
    {
        var parameters = ParameterFile.Load(TestDataLocation.PathOf("pyradiomics", "reference-1130", "params_1130.yaml"));
        var expected = File.ReadAllLines(TestDataLocation.PathOf("pyradiomics", "reference-1130", "brain1_1130.csv"))
            .Skip(1)
            .Select(l => l.Split(','))
            .Select(p => (Name: p[0], Value: double.Parse(p[1], CultureInfo.InvariantCulture)))
            .ToList();

        var clock = Stopwatch.StartNew();
        var features = RadiomicsExtractor.Execute(TestImages.Image("brain1"), TestImages.Label("brain1"), parameters);
        clock.Stop();

        Assert.Equal(1130, expected.Count);
        // Same keys. The reference lists the classes of each image type alphabetically although params_1130.yaml
        // enables glrlm before gldm; we keep PyRadiomics' documented enabled order (spec §1), so the image-type blocks
        // are compared in order and the keys as sets.
        Assert.Equal(expected.Select(e => e.Name).Order(StringComparer.Ordinal), features.Names.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Select(e => ImageType(e.Name)).Distinct(), features.Names.Select(ImageType).Distinct());
        double worst = 0;
        string worstName = string.Empty;
        var failures = new List<string>();
        foreach (var (name, value) in expected)
        {
            double rel = Agreement.RelativeError(features[name], value);
            if (rel > worst)
            {
                worst = rel;
                worstName = name;
            }

            if (rel > 1e-6)
            {
                failures.Add($"{name}: {features[name]:R} vs {value:R} (rel {rel:E2})");
            }
        }

        output.WriteLine($"1130 features in {clock.ElapsedMilliseconds} ms; max relative error {worst:E2} ({worstName})");
        Assert.True(failures.Count == 0, $"{failures.Count} features off by more than 1e-6:\n" + string.Join("\n", failures.Take(40)));
    }

    [TestDataTheory]
    [InlineData("wavelet-HHL")]
    [InlineData("log-sigma-0-5-mm-3D")]
    [InlineData("original")]
    public void Stage_by_stage_extraction_gives_the_same_values(string imageType)
    {
        var parameters = ParameterFile.Load(TestDataLocation.PathOf("pyradiomics", "reference-1130", "params_1130.yaml"));
        var expected = File.ReadAllLines(TestDataLocation.PathOf("pyradiomics", "reference-1130", "brain1_1130.csv"))
            .Skip(1)
            .Select(l => l.Split(','))
            .Where(p => p[0].StartsWith(imageType + "_", StringComparison.Ordinal) && !p[0].Contains("_shape_", StringComparison.Ordinal))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));

        var extractor = new RadiomicsExtractor(parameters);
        var region = extractor.Prepare(TestImages.Image("brain1"), TestImages.Label("brain1"));
        Assert.Equal(parameters.ImageTypeNames, extractor.ImageTypeNames(region));
        var features = extractor.ExtractImageType(region, imageType);

        Assert.Equal(93, features.Count);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), features.Names.Order(StringComparer.Ordinal));
        double worst = expected.Max(e => Agreement.RelativeError(features[e.Key], e.Value));
        output.WriteLine($"{imageType}: max relative error {worst:E2}");
        Assert.True(worst <= 1e-6, $"{imageType}: max relative error {worst:E2}");
    }

    [TestDataFact]
    public void A_region_rebuilt_from_its_stored_image_and_mask_gives_identical_features()
    {
        // The staged service path: preprocessing stores the image and PreparedRegionStorage's mask volume, extraction rebuilds.
        var parameters = ParameterFile.Parse("setting:\n  resampledPixelSpacing: [2, 2, 2]\n  normalize: true\n  binWidth: 0.5\n");
        var extractor = new RadiomicsExtractor(parameters);
        var prepared = extractor.Prepare(TestImages.Image("brain1"), TestImages.Label("brain1"));
        var rebuilt = PreparedRegionStorage.FromVolumes(prepared.Image, PreparedRegionStorage.MaskVolume(prepared), parameters.Settings);

        Assert.Equal(prepared.Box, rebuilt.Box);
        var a = extractor.ExtractImageType(prepared, "original");
        var b = extractor.ExtractImageType(rebuilt, "original");
        Assert.Equal(93, a.Count);
        Assert.Equal(a.Items, b.Items);
    }

    private static string ImageType(string key) => key[..key.IndexOf('_', StringComparison.Ordinal)];
}
