using System.Diagnostics;
using HccMesh.Imaging.IO;
using HccMesh.Imaging.Resampling;
using HccMesh.TestData;
using Xunit.Abstractions;

namespace HccMesh.Imaging.Tests.Resampling;

/// <summary>
/// The HccMesh sample case: TotalSegmentator abdominal CT (int16 512x512x20, 0.9765625 x 0.9765625 x 2 mm, LPS identity,
/// origin (−249.51171875, −437.51171875, −804.5); ct/README.md) with its liver mask (label 5), normalised with scale 100
/// and resampled to 1 x 1 x 1 mm with padDistance 10. Expected region: 700,536 voxels on a 195 x 202 x 40 grid (brief).
/// The intensities here are synthetic: the voxel counts depend only on the mask and the grid.
/// </summary>
public class TotalSegmentatorSampleTests(ITestOutputHelper output)
{
    private const int Liver = 5;

    internal static ImageGeometry DicomGrid() =>
        new(512, 512, 20, [0.9765625, 0.9765625, 2.0], [-249.51171875, -437.51171875, -804.5], ImageGeometry.IdentityDirection);

    [TestDataFact]
    public void Liver_mask_placed_on_the_dicom_grid_keeps_366708_voxels()
    {
        var seg = NiftiReader.Read(TestDataLocation.PathOf("ct", "totalsegmentator", "example_seg_dicom.nii.gz"));

        var placed = MaskPlacement.OntoImageGrid(seg, DicomGrid());

        // ct/README.md: label 5 = liver, 366,708 voxels; the NIfTI grid is flipped in y relative to the DICOM grid
        Assert.False(seg.Geometry.SameGridAs(DicomGrid()));
        Assert.Equal(366_708, placed.Voxels.Count(v => v == Liver));
        Assert.Equal(seg.Voxels.Count(v => v != 0), placed.Voxels.Count(v => v != 0));
        // row j of the NIfTI is DICOM row 511 − j
        Assert.Equal(seg[100, 0, 10], placed[100, 511, 10]);
    }

    [TestDataFact]
    public void Normalised_liver_resampled_to_1mm_has_700536_voxels_on_a_195x202x40_grid()
    {
        var seg = NiftiReader.Read(TestDataLocation.PathOf("ct", "totalsegmentator", "example_seg_dicom.nii.gz"));
        var image = SyntheticCt(DicomGrid());
        var mask = MaskPlacement.OntoImageGrid(seg, image.Geometry);

        var total = Stopwatch.StartNew();
        var normalized = Normalization.Normalize(image, 100);
        long normalizeMs = total.ElapsedMilliseconds;
        var (img, msk) = RadiomicsResampler.Resample(normalized, mask, Liver, [1, 1, 1], 10, Interpolator.BSpline);
        total.Stop();
        output.WriteLine($"sample case: normalise {normalizeMs} ms, normalise + B-spline resampling {total.ElapsedMilliseconds} ms "
            + $"(output {string.Join("x", img.Geometry.Size)}, {img.Voxels.Length:N0} voxels)");

        Assert.Equal(PixelType.Float64, img.PixelType);
        Assert.Equal([195, 202, 40], img.Geometry.Size);
        Assert.Equal([195, 202, 40], msk.Geometry.Size);
        Assert.Equal(700_536, msk.Voxels.Count(v => v == Liver));
    }

    [TestDataFact]
    public void Sample_resampling_timing_is_reported()
    {
        var seg = NiftiReader.Read(TestDataLocation.PathOf("ct", "totalsegmentator", "example_seg_dicom.nii.gz"));
        var image = SyntheticCt(DicomGrid());
        var mask = MaskPlacement.OntoImageGrid(seg, image.Geometry);
        var normalized = Normalization.Normalize(image, 100);
        RadiomicsResampler.Resample(normalized, mask, Liver, [1, 1, 1], 10, Interpolator.BSpline); // warm-up (JIT)

        var times = new List<double>();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        for (int run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            var (img, _) = RadiomicsResampler.Resample(normalized, mask, Liver, [1, 1, 1], 10, Interpolator.BSpline);
            watch.Stop();
            times.Add(watch.Elapsed.TotalMilliseconds);
            Assert.Equal(195 * 202 * 40, img.Voxels.Length);
        }

        process.Refresh();
        double cpuPerRun = (process.TotalProcessorTime - cpu).TotalMilliseconds / 3;
        var decomposition = Stopwatch.StartNew();
        BSplineDecomposition.Coefficients(normalized);
        decomposition.Stop();
        output.WriteLine($"B-spline resampling 512x512x20 → 195x202x40: runs {string.Join(", ", times.Select(t => $"{t:0} ms"))}; "
            + $"process CPU per run {cpuPerRun:0} ms; prefilter of the whole image alone {decomposition.Elapsed.TotalMilliseconds:0} ms wall");
        Assert.All(times, t => Assert.True(t > 0));
    }

    /// <summary>A smooth synthetic int16 "CT" with some texture, so the interpolation has work to do.</summary>
    internal static Volume SyntheticCt(ImageGeometry g)
    {
        var v = new double[g.VoxelCount];
        var random = new Random(42);
        for (int z = 0; z < g.SizeZ; z++)
        {
            for (int y = 0; y < g.SizeY; y++)
            {
                for (int x = 0; x < g.SizeX; x++)
                {
                    double r = Math.Sqrt(((x - 256.0) * (x - 256.0)) + ((y - 256.0) * (y - 256.0)));
                    double hu = r > 240 ? -1000 : 40 + (60 * Math.Sin(x / 17.0) * Math.Cos(y / 23.0)) + random.Next(-20, 21) + z;
                    v[x + (g.SizeX * (y + (g.SizeY * z)))] = Math.Round(hu);
                }
            }
        }

        return new Volume(g, PixelType.Int16, v);
    }
}
