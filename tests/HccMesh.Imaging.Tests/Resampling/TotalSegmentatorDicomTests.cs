using System.Diagnostics;
using HccMesh.Dicom;
using HccMesh.Imaging.IO;
using HccMesh.Imaging.Resampling;
using HccMesh.TestData;
using Xunit.Abstractions;

namespace HccMesh.Imaging.Tests.Resampling;

/// <summary>The sample case on the real CT: ct/totalsegmentator/example_ct_dicom_uncompressed_DERIVED read by HccMesh.Dicom.</summary>
public class TotalSegmentatorDicomTests(ITestOutputHelper output)
{
    private const int Liver = 5;

    [TestDataFact]
    public void Real_ct_normalised_and_resampled_to_1mm_gives_the_expected_liver_region()
    {
        var ct = DicomSeriesReader.ReadFolder(TestDataLocation.PathOf("ct", "totalsegmentator", "example_ct_dicom_uncompressed_DERIVED")).Volume;
        var seg = NiftiReader.Read(TestDataLocation.PathOf("ct", "totalsegmentator", "example_seg_dicom.nii.gz"));

        // brief / ct/README.md: int16 512x512x20, 0.9765625 x 0.9765625 x 2 mm, origin (−249.51171875, −437.51171875, −804.5), identity
        Assert.Equal(PixelType.Int16, ct.PixelType);
        Assert.True(ct.Geometry.SameGridAs(TotalSegmentatorSampleTests.DicomGrid()), "DICOM grid differs from the documented one");

        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var mask = MaskPlacement.OntoImageGrid(seg, ct.Geometry);
        long placeMs = watch.ElapsedMilliseconds;
        var normalized = Normalization.Normalize(ct, 100);
        long normalizeMs = watch.ElapsedMilliseconds - placeMs;
        var (img, msk) = RadiomicsResampler.Resample(normalized, mask, Liver, [1, 1, 1], 10, Interpolator.BSpline);
        watch.Stop();
        process.Refresh();
        output.WriteLine($"real CT sample: mask placement {placeMs} ms, normalisation {normalizeMs} ms, "
            + $"resampling {watch.ElapsedMilliseconds - placeMs - normalizeMs} ms; total wall {watch.ElapsedMilliseconds} ms, "
            + $"process CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds:0} ms (first run, includes JIT)");
        var liver = FirstOrderBaseline.RoiValues(img, msk, Liver);
        var s = FirstOrderBaseline.Statistics(liver);
        output.WriteLine(FormattableString.Invariant($"liver after resampling: n {liver.Length}, mean {s.Mean:R}, min {s.Min:R}, max {s.Max:R}"));

        Assert.Equal(366_708, mask.Voxels.Count(v => v == Liver));
        Assert.Equal([195, 202, 40], img.Geometry.Size);
        Assert.Equal(700_536, liver.Length);
    }
}
