using System.Diagnostics;
using HccMesh.Radiomics.Parameters;
using HccMesh.Radiomics.Pipeline;
using Xunit.Abstractions;

namespace HccMesh.Radiomics.Tests;

/// <summary>
/// Timing on a synthetic liver-sized case: a 195×202×40 grid (0.8×0.8×5 mm) with an ellipsoid ROI of ~700k voxels,
/// the size of the real target (PyRadiomics: 23 s on one core for original + 8 wavelet + 3 LoG, all classes).
/// </summary>
public sealed class ExtractionTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Liver_sized_roi_timings_are_reported()
    {
        var grid = SyntheticVolumes.Grid(195, 202, 40, [0.8, 0.8, 5.0]);
        var image = SyntheticVolumes.NoisyImage(grid, seed: 7, mean: 60, noise: 120);
        var mask = SyntheticVolumes.Ellipsoid(grid, 92, 96, 19);
        var extractor = new RadiomicsExtractor(ParameterFile.Parse("imageType:\n  Original: {}\n"));

        var clock = Stopwatch.StartNew();
        var region = extractor.Prepare(image, mask);
        long prepare = clock.ElapsedMilliseconds;

        clock.Restart();
        var shape = extractor.ExtractShape(region);
        long shapeMs = clock.ElapsedMilliseconds;

        clock.Restart();
        var original = extractor.ExtractImageType(region, "original");
        long originalMs = clock.ElapsedMilliseconds;

        clock.Restart();
        extractor.ExtractShape(region);
        long shapeWarm = clock.ElapsedMilliseconds;
        clock.Restart();
        extractor.ExtractImageType(region, "original");
        long originalWarm = clock.ElapsedMilliseconds;

        output.WriteLine($"ROI {region.VoxelCount} voxels, box {region.Box.SizeX}x{region.Box.SizeY}x{region.Box.SizeZ}");
        output.WriteLine($"prepare {prepare} ms; shape (14 features) {shapeMs} ms cold / {shapeWarm} ms warm; " +
                         $"original, all 6 classes (93 features) {originalMs} ms cold / {originalWarm} ms warm");
        foreach (var cls in new[] { "firstorder", "glcm", "glrlm", "glszm", "gldm", "ngtdm" })
        {
            var single = new RadiomicsExtractor(ParameterFile.Parse($"featureClass:\n  {cls}:\n"));
            clock.Restart();
            single.ExtractImageType(region, "original");
            output.WriteLine($"  original {cls}: {clock.ElapsedMilliseconds} ms");
        }

        Assert.InRange(region.VoxelCount, 650_000, 750_000);
        Assert.Equal(14, shape.Count);
        Assert.Equal(93, original.Count);
        Assert.All(shape.Items, f => Assert.True(double.IsFinite(f.Value), f.Key));
    }

    [Fact]
    public void Liver_sized_roi_full_1130_configuration_timing_is_reported()
    {
        var grid = SyntheticVolumes.Grid(195, 202, 40, [0.8, 0.8, 5.0]);
        var image = SyntheticVolumes.NoisyImage(grid, seed: 11, mean: 60, noise: 120);
        var mask = SyntheticVolumes.Ellipsoid(grid, 92, 96, 19);
        var parameters = ParameterFile.Parse("""
            imageType:
              Original: {}
              Wavelet: {}
              LoG:
                sigma: [0.5, 1.0, 1.5]
            featureClass:
              shape:
              firstorder:
              glcm:
              glrlm:
              glszm:
              gldm:
              ngtdm:
            setting:
              binWidth: 25
            """);

        var clock = Stopwatch.StartNew();
        var features = RadiomicsExtractor.Execute(image, mask, parameters);
        clock.Stop();

        output.WriteLine($"liver-sized ROI, 12 image types, {features.Count} features: {clock.ElapsedMilliseconds} ms (PyRadiomics: ~23 s on one core)");
        Assert.Equal(1130, features.Count);
    }
}
