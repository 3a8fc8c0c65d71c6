using System.Diagnostics;
using HccMesh.Imaging;
using HccMesh.TestData;
using Xunit.Abstractions;

namespace HccMesh.Dicom.Tests;

[Collection(TimingCollection.Name)]
public class DicomSeriesReaderTests(ITestOutputHelper output)
{
    [TestDataFact]
    public void TotalSegmentator_series_with_empty_uids_reads_as_int16_volume_with_its_geometry()
    {
        var folder = TestDataLocation.PathOf("ct", "totalsegmentator", "example_ct_dicom_uncompressed_DERIVED");
        DicomSeriesReader.ReadFolder(folder); // warm-up (JIT) so the printed timing is the steady-state cost (a figure, not an assertion)

        // This class runs alone (TimingCollection), so process CPU time is this read's cost even when other
        // builds load the machine; wall time is printed too.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var series = DicomSeriesReader.ReadFolder(folder);
        stopwatch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        output.WriteLine($"20 x 512x512 slices read in {stopwatch.Elapsed.TotalMilliseconds:0} ms wall, {cpu.TotalMilliseconds:0} ms CPU: {series.Info}");

        var v = series.Volume;
        var g = v.Geometry;
        Assert.Equal(PixelType.Int16, v.PixelType);
        Assert.Equal([512, 512, 20], g.Size);
        // Expected values from the brief / ct/README.md (0.9766 mm, 2 mm step, origin of the lowest slice).
        Assert.Equal([0.9765625, 0.9765625, 2.0], g.Spacing);
        Assert.Equal([-249.51171875, -437.51171875, -804.5], g.Origin);
        Assert.Equal(ImageGeometry.IdentityDirection, g.Direction);
        Assert.Equal(string.Empty, series.Info.SeriesInstanceUid);
        Assert.Equal(string.Empty, series.Info.StudyInstanceUid);
        Assert.Equal("CT", series.Info.Modality);
        Assert.Equal(20, series.Info.SliceCount);
        Assert.Equal(3.0, series.Info.SliceThickness);
        Assert.Equal(-1024, series.Info.RescaleIntercept);
        // 12-bit unsigned stored values with intercept -1024 (ct/README.md) bound HU to -1024..3071.
        Assert.InRange(v.Voxels.Min(), -1024, 0);
        Assert.InRange(v.Voxels.Max(), 0, 3071);
    }

    [TestDataFact]
    public void Slices_are_ordered_by_position_along_the_normal_not_by_file_name()
    {
        var folder = TestDataLocation.PathOf("ct", "totalsegmentator", "example_ct_dicom_uncompressed_DERIVED");
        var files = Directory.GetFiles(folder).OrderByDescending(f => f, StringComparer.Ordinal).ToArray();

        var series = DicomSeriesReader.Read(files);

        double previous = double.MinValue;
        foreach (var file in series.Info.Files)
        {
            double z = DicomFile.Open(file).Dataset.GetDoubles(DicomTags.ImagePositionPatient)[2];
            Assert.True(z > previous);
            previous = z;
        }

        Assert.Equal(-804.5, series.Volume.Geometry.Origin[2]);
    }

    [TestDataFact]
    public void Dcmqi_three_slice_implicit_ct_matches_its_nrrd_masks_geometry()
    {
        // dcmqi liver_seg.nrrd was made on this CT in 3D Slicer: space directions 0.810547, origin (-235.2,-226.8,-128.69),
        // i.e. the lowest slice (ct/README.md). Instance 1 is the most cranial slice, so order must come from positions.
        var series = DicomSeriesReader.ReadFolder(TestDataLocation.PathOf("ct", "dcmqi", "ct-3slice"));
        var g = series.Volume.Geometry;

        Assert.Equal(PixelType.Int16, series.Volume.PixelType);
        Assert.Equal([512, 512, 3], g.Size);
        Assert.Equal(0.810547, g.Spacing[0], 6);
        Assert.Equal(1.0, g.Spacing[2], 6);
        Assert.Equal(-235.2, g.Origin[0], 4);
        Assert.Equal(-226.8, g.Origin[1], 4);
        Assert.Equal(-128.69, g.Origin[2], 4);
        Assert.EndsWith("03.dcm", series.Info.Files[0]);
        Assert.Equal(DicomTransferSyntax.ImplicitVRLittleEndian.Uid, series.Info.TransferSyntaxUid);
    }

    [TestDataFact]
    public void Oblique_synthetic_series_gets_direction_from_row_column_and_normal()
    {
        // rt-utils oriented_data_SYNTHETIC: oblique 50x100 x 3, pixel spacing 3.5x2.5, step 4.5 mm; folder also holds info.txt.
        var folder = TestDataLocation.PathOf("ct", "rt-utils", "oriented_data_SYNTHETIC");

        var series = DicomSeriesReader.ReadFolder(folder, new DicomSeriesReaderOptions { SkipUnreadableFiles = true });

        var g = series.Volume.Geometry;
        var first = DicomFile.Open(series.Info.Files[0]).Dataset;
        var iop = first.GetDoubles(DicomTags.ImageOrientationPatient);
        var spacing = first.GetDoubles(DicomTags.PixelSpacing);
        Assert.Equal(3, g.SizeZ);
        Assert.Equal(spacing[1], g.Spacing[0], 12);
        Assert.Equal(spacing[0], g.Spacing[1], 12);
        Assert.Equal(4.5, g.Spacing[2], 3);
        for (int r = 0; r < 3; r++)
        {
            Assert.Equal(iop[r], g.Direction[(3 * r) + 0], 6);
            Assert.Equal(iop[3 + r], g.Direction[(3 * r) + 1], 6);
        }

        Assert.Contains(series.Info.SkippedFiles, f => f.EndsWith("info.txt", StringComparison.Ordinal));
        // The third column is the unit normal: the last slice's position is origin + 2 * spacing_z * normal.
        var last = DicomFile.Open(series.Info.Files[2]).Dataset.GetDoubles(DicomTags.ImagePositionPatient);
        var predicted = g.IndexToPhysical(0, 0, 2);
        Assert.Equal(last[0], predicted.X, 3);
        Assert.Equal(last[1], predicted.Y, 3);
        Assert.Equal(last[2], predicted.Z, 3);
    }

    [TestDataFact]
    public void Single_ct_file_reads_as_one_slice_volume_with_itk_z_spacing()
    {
        var file = TestDataLocation.PathOf("ct", "pydicom", "CT_small.dcm");
        var spacingBetweenSlices = DicomFile.Open(file).Dataset.GetDouble(DicomTags.SpacingBetweenSlices);

        var series = DicomSeriesReader.Read([file]);

        Assert.Equal([128, 128, 1], series.Volume.Geometry.Size);
        // No step to measure: GDCM/ITK use SpacingBetweenSlices, else 1 mm, never SliceThickness (5 mm here).
        Assert.Equal(spacingBetweenSlices ?? 1.0, series.Volume.Geometry.Spacing[2]);
        Assert.Equal(5.0, series.Info.SliceThickness);
        Assert.Equal(PixelType.Int16, series.Volume.PixelType);
    }

    [TestDataFact]
    public void Non_integer_rescale_gives_a_float32_volume()
    {
        // Re-write the first dcmqi slice with slope 0.5 through our writer: HU = stored * 0.5 - 1024.
        var source = DicomFile.Open(TestDataLocation.PathOf("ct", "dcmqi", "ct-3slice", "01.dcm"));
        using var temp = new TempFolder();
        var folder = temp.Path;
        var ds = source.Dataset;
        ds.SetDecimalStrings(DicomTags.RescaleSlope, 0.5);
        DicomWriter.Write(Path.Combine(folder, "a.dcm"), ds);

        var series = DicomSeriesReader.ReadFolder(folder);

        var stored = new double[512 * 512];
        DicomPixelDecoder.DecodeFrame(source.Dataset, source.TransferSyntax, 0, stored);
        Assert.Equal(PixelType.Float32, series.Volume.PixelType);
        Assert.Equal((stored[1000] * 0.5) - 1024, series.Volume.Voxels[1000]);
        Assert.Equal((stored[777] * 0.5) - 1024, series.Volume.Voxels[777]);
    }

    [TestDataFact]
    public void Rt_utils_phantom_pair_is_two_slices_5_mm_apart()
    {
        // rt-utils ct_1.dcm / ct_2.dcm: 512x512 phantom slices, 0.4883 mm pixels, second slice z + 5 mm (ct/README.md).
        var series = DicomSeriesReader.ReadFolder(TestDataLocation.PathOf("ct", "rt-utils", "ct"));
        var g = series.Volume.Geometry;
        var z0 = DicomFile.Open(series.Info.Files[0]).Dataset.GetDoubles(DicomTags.ImagePositionPatient)[2];
        var z1 = DicomFile.Open(series.Info.Files[1]).Dataset.GetDoubles(DicomTags.ImagePositionPatient)[2];

        Assert.Equal([512, 512, 2], g.Size);
        Assert.Equal(5.0, g.Spacing[2], 6);
        Assert.Equal(5.0, z1 - z0, 6);
        Assert.Equal(0.488281, g.Spacing[0], 6);
        Assert.Equal(z0, g.Origin[2]);
    }

    [TestDataFact]
    public void Mixed_series_folder_is_refused_unless_one_series_is_chosen()
    {
        var folder = TestDataLocation.PathOf("ct", "pydicom", "mixed_series_one_folder");

        var ex = Assert.Throws<DicomSeriesException>(() => DicomSeriesReader.ReadFolder(folder));
        Assert.Contains("holds 2 series", ex.Message);
        Assert.Contains("1.3.6.1.4.1.5962.1.1.0.0.0.1194734704.16302.0.6 (5 files)", ex.Message);

        var chosen = DicomSeriesReader.ReadFolder(folder, new DicomSeriesReaderOptions { SeriesInstanceUid = "1.3.6.1.4.1.5962.1.1.0.0.0.1194734704.16302.0.6" });
        Assert.Equal(5, chosen.Volume.SizeZ);
        Assert.Equal(2.5, chosen.Volume.Geometry.Spacing[2], 3); // ct/README.md: step 2.5 mm
        Assert.All(chosen.Info.Files, f => Assert.StartsWith("CT5N", Path.GetFileName(f), StringComparison.Ordinal));
    }

    [TestDataFact]
    public void Duplicate_slice_is_refused_naming_both_files()
    {
        var folder = TestDataLocation.PathOf("ct", "derived_edge_cases", "duplicate_slice_dcmqi");

        var ex = Assert.Throws<DicomSeriesException>(() => DicomSeriesReader.ReadFolder(folder));

        Assert.Contains("duplicate slice position: 02.dcm and 02_duplicate_copy.dcm both lie at -127.69 mm", ex.Message);
    }

    [TestDataFact]
    public void Missing_slice_is_refused_with_the_measured_gap()
    {
        // STS_019 minus 000023.dcm: a 6.54 mm gap in a 3.27 mm series (ct/README.md).
        var folder = TestDataLocation.PathOf("ct", "derived_edge_cases", "missing_slice_ibsi_STS_019", "image");

        var ex = Assert.Throws<DicomSeriesException>(() => DicomSeriesReader.ReadFolder(folder));

        Assert.Contains("irregular slice spacing: steps range 3.27..6.54 mm", ex.Message);
        Assert.Contains("000022.dcm -> 000024.dcm steps 6.54 mm", ex.Message);
    }

    [TestDataFact]
    public void Unevenly_spaced_series_is_refused()
    {
        var folder = TestDataLocation.PathOf("ct", "pydicom", "dicomdirtests", "77654033", "CT2");

        var ex = Assert.Throws<DicomSeriesException>(() => DicomSeriesReader.ReadFolder(folder));

        Assert.Contains("irregular slice spacing: steps range 1.25..202.5 mm", ex.Message);
    }

    [TestDataFact]
    public void Gantry_tilted_series_is_refused_with_the_measured_tilt()
    {
        // dcm_qa_ct GE head CT: GantryDetectorTilt 18.5 deg, oblique orientation, table moves along z (ct/README.md).
        // ITK reads it as a sheared stack with only a warning; we refuse because the voxel grid would be wrong.
        var folder = TestDataLocation.PathOf("ct", "dcm_qa_ct", "GE_gantry_tilt");

        var ex = Assert.Throws<DicomSeriesException>(() => DicomSeriesReader.ReadFolder(folder));

        Assert.Contains("sheared slice stack (gantry tilt, GantryDetectorTilt 18.5 deg)", ex.Message);
        Assert.Contains("advance 18.5 deg off the normal", ex.Message);
    }

    [TestDataFact]
    public void Localizer_with_three_orientations_is_refused()
    {
        var folder = TestDataLocation.PathOf("ct", "fo-dicom", "abd1_mr_survey_3plane");

        var ex = Assert.Throws<DicomSeriesException>(() => DicomSeriesReader.ReadFolder(folder));

        Assert.Contains("slices differ in orientation", ex.Message);
    }

    [TestDataFact]
    public void Jpeg2000_series_is_refused_naming_the_transfer_syntax()
    {
        var folder = TestDataLocation.PathOf("ct", "totalsegmentator", "example_ct_dicom");

        var ex = Assert.Throws<DicomUnsupportedTransferSyntaxException>(() => DicomSeriesReader.ReadFolder(folder));

        Assert.Contains("JPEG 2000 Image Compression (Lossless Only) (1.2.840.10008.1.2.4.90)", ex.Message);
    }

    [TestDataFact]
    public void Non_dicom_file_in_a_folder_fails_by_default_and_is_skipped_on_request()
    {
        var folder = TestDataLocation.PathOf("ct", "rt-utils", "oriented_data_SYNTHETIC");

        var ex = Assert.Throws<DicomFormatException>(() => DicomSeriesReader.ReadFolder(folder));

        Assert.StartsWith("info.txt: not a DICOM file", ex.Message);
    }

    [TestDataFact]
    public void Non_image_objects_are_skipped()
    {
        // The IBSI STS_019 image folder plus its RTSTRUCT: the RTSTRUCT has no Pixel Data and must not break the series.
        var image = TestDataLocation.PathOf("ibsi", "validation_sts_019_ct", "image");
        var rtstruct = Directory.GetFiles(TestDataLocation.PathOf("ibsi", "validation_sts_019_ct", "mask"))[0];

        var series = DicomSeriesReader.Read([.. Directory.GetFiles(image), rtstruct]);

        Assert.Equal(47, series.Volume.SizeZ);
        Assert.Equal([rtstruct], series.Info.SkippedFiles);
    }

    [TestDataFact]
    public void Messages_and_info_carry_no_patient_identifiers()
    {
        var folder = TestDataLocation.PathOf("ct", "dcmqi", "ct-3slice");
        var first = DicomFile.Open(Directory.GetFiles(folder)[0]).Dataset;
        var name = first.GetString(DicomTags.PatientName);
        var id = first.GetString(DicomTags.PatientId);

        var info = DicomSeriesReader.ReadFolder(folder).Info.ToString();
        var error = Assert.Throws<DicomSeriesException>(() => DicomSeriesReader.ReadFolder(TestDataLocation.PathOf("ct", "derived_edge_cases", "duplicate_slice_dcmqi"))).Message;

        Assert.False(string.IsNullOrEmpty(name));
        Assert.False(string.IsNullOrEmpty(id));
        Assert.DoesNotContain(name!, info, StringComparison.Ordinal);
        Assert.DoesNotContain(id!, info, StringComparison.Ordinal);
        Assert.DoesNotContain(name!, error, StringComparison.Ordinal);
        Assert.DoesNotContain(id!, error, StringComparison.Ordinal);
    }
}
