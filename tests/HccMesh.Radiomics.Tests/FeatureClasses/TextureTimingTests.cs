using System.Diagnostics;
using HccMesh.Radiomics.FeatureClasses;
using Xunit.Abstractions;

namespace HccMesh.Radiomics.Tests.FeatureClasses;

public sealed class TextureTimingTests(ITestOutputHelper output)
{
#if DEBUG
    private const string Configuration = "Debug build";
#else
    private const string Configuration = "Release build";
#endif

    [Fact]
    public void Liver_sized_roi_is_processed_by_every_class_and_timed()
    {
        // 195x202x40 grid, ellipsoid ROI (semi-axes 92, 96, 19 voxels, ~700k voxels), ~30 levels:
        // a smooth pattern plus noise, fixed seed.
        const int sx = 195, sy = 202, sz = 40;
        var random = new Random(12345);
        var gray = new int[sx * sy * sz];
        int roiVoxels = 0;
        for (int z = 0, i = 0; z < sz; z++)
        {
            for (int y = 0; y < sy; y++)
            {
                for (int x = 0; x < sx; x++, i++)
                {
                    double ex = (x - 97) / 92.0, ey = (y - 100.5) / 96.0, ez = (z - 19.5) / 19.0;
                    if ((ex * ex) + (ey * ey) + (ez * ez) > 1)
                    {
                        continue;
                    }

                    double smooth = 15 + (8 * Math.Sin(x / 9.0) * Math.Cos(y / 11.0)) + (3 * Math.Sin(z / 5.0));
                    gray[i] = Math.Clamp((int)Math.Floor(smooth + (random.NextDouble() * 6) - 3), 1, 30);
                    roiVoxels++;
                }
            }
        }

        var input = TextureTestInputs.FromGrayLevels(sx, sy, sz, gray);
        output.WriteLine($"ROI voxels: {roiVoxels}");
        Assert.InRange(roiVoxels, 650_000, 750_000);

        IFeatureClass[] classes = [new GlrlmFeatures(), new GlszmFeatures(), new GldmFeatures(), new NgtdmFeatures()];
        foreach (var featureClass in classes)
        {
            featureClass.Compute(input, [.. featureClass.FeatureNames]); // warm-up (JIT)
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var values = featureClass.Compute(input, [.. featureClass.FeatureNames]);
            watch.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

            // Process CPU time is printed too: wall time is meaningless on the shared, overloaded build machine
            // (and other test classes run in parallel in this process, so CPU time is an upper bound).
            output.WriteLine($"{featureClass.Name}: wall {watch.Elapsed.TotalMilliseconds:F0} ms, process CPU {cpu.TotalMilliseconds:F0} ms ({Configuration})");
            Assert.All(values.Values, v => Assert.True(double.IsFinite(v)));
        }
    }
}
