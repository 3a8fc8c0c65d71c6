using System.Diagnostics;
using HccMesh.Imaging.Filters;
using Xunit.Abstractions;

namespace HccMesh.Imaging.Tests.Filters;

/// <summary>Prints filter timings on a full-size synthetic CT (512x512x20 int16) and a resampled-size crop.</summary>
public class FilterTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Full_ct_slab_timings_for_one_log_sigma_and_all_wavelet_bands()
    {
        var image = SyntheticVolumes.RandomInt16(SyntheticVolumes.Geometry(512, 512, 20, 0.7, 0.7, 2.5), seed: 42);
        LaplacianOfGaussian.Apply(SyntheticVolumes.RandomInt16(SyntheticVolumes.Geometry(16, 16, 8), 1), 1.0);
        WaveletTransform.ApplyAll(SyntheticVolumes.RandomInt16(SyntheticVolumes.Geometry(16, 16, 8), 1));

        var (log, logTime) = Timed(() => LaplacianOfGaussian.Apply(image, 1.0));
        var (bands, waveletTime) = Timed(() => WaveletTransform.ApplyAll(image));

        output.WriteLine($"512x512x20 int16, {Environment.ProcessorCount} cores: LoG sigma 1 mm {logTime}; 8 wavelet bands (float64) {waveletTime}");
        Assert.Equal(image.Voxels.Length, log.Voxels.Length);
        Assert.Equal(8, bands.Count);
    }

    [Fact]
    public void Resampled_crop_timings_in_float32()
    {
        var image = SyntheticVolumes.RandomFloat32(SyntheticVolumes.Geometry(201, 199, 41), seed: 7);
        LaplacianOfGaussian.Apply(SyntheticVolumes.RandomFloat32(SyntheticVolumes.Geometry(16, 16, 8), 1), 1.0);
        WaveletTransform.ApplyAll(SyntheticVolumes.RandomFloat32(SyntheticVolumes.Geometry(16, 16, 8), 1));

        var (log, logTime) = Timed(() => LaplacianOfGaussian.Apply(image, 1.5));
        var (bands, waveletTime) = Timed(() => WaveletTransform.ApplyAll(image));

        output.WriteLine($"201x199x41 float32: LoG sigma 1.5 mm {logTime}; 8 wavelet bands (float32) {waveletTime}");
        Assert.Equal(image.Voxels.Length, log.Voxels.Length);
        Assert.All(bands, b => Assert.Equal(PixelType.Float32, b.Image.PixelType));
    }

    /// <summary>Runs and reports wall time and process CPU time (the machine is shared, so both matter).</summary>
    private static (T Result, string Time) Timed<T>(Func<T> run)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = run();
        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return (result, $"{watch.Elapsed.TotalSeconds:F2} s wall / {cpu.TotalSeconds:F2} s CPU");
    }
}
