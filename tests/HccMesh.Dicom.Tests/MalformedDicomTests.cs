using HccMesh.Imaging;
using HccMesh.TestData;
using static HccMesh.Dicom.Tests.DicomByteBuilder;

namespace HccMesh.Dicom.Tests;

public class MalformedDicomTests
{
    [Fact]
    public void Element_running_past_the_end_reports_needed_and_remaining_bytes()
    {
        var body = new DicomByteBuilder().ExplicitHeader(0x7FE0, 0x0010, "OW", 524288).Raw(new byte[1000]).ToArray();

        var ex = Assert.Throws<DicomFormatException>(() => DicomFile.Parse(Part10(DicomTransferSyntax.ExplicitVRLittleEndian.Uid, body), "cut.dcm"));

        Assert.Equal("cut.dcm: truncated: element PixelData (7FE0,0010) needs 524288 bytes, 1000 remain.", ex.Message);
        Assert.IsAssignableFrom<ImageFormatException>(ex);
    }

    [Fact]
    public void Element_header_cut_short_is_refused()
    {
        var body = new DicomByteBuilder().Explicit(0x0008, 0x0060, "CS", Ascii("CT")).Raw([0x10, 0x00, 0x10]).ToArray();

        var ex = Assert.Throws<DicomFormatException>(() => DicomDatasetParser.Parse(body, DicomTransferSyntax.ExplicitVRLittleEndian, "x"));

        Assert.Contains("truncated: element header at offset 10 needs 8 bytes, 3 remain", ex.Message);
    }

    [Fact]
    public void Invalid_vr_bytes_are_refused_with_the_tag()
    {
        var body = new DicomByteBuilder().Explicit(0x0010, 0x0010, "p?", Ascii("AB")).ToArray();

        var ex = Assert.Throws<DicomFormatException>(() => DicomDatasetParser.Parse(body, DicomTransferSyntax.ExplicitVRLittleEndian, "x"));

        Assert.Contains("PatientName (0010,0010) at offset 0 has an invalid VR", ex.Message);
    }

    [Fact]
    public void Undefined_length_item_without_delimiter_is_truncated()
    {
        var body = new DicomByteBuilder()
            .ExplicitHeader(0x0008, 0x1140, "SQ", 0xFFFFFFFF)
            .Item(0xFFFE, 0xE000, 0xFFFFFFFF)
            .Explicit(0x0008, 0x1155, "UI", Ascii("1.2\0"))
            .ToArray();

        var ex = Assert.Throws<DicomFormatException>(() => DicomDatasetParser.Parse(body, DicomTransferSyntax.ExplicitVRLittleEndian, "x"));

        Assert.Contains("truncated", ex.Message);
    }

    [Fact]
    public void Non_item_inside_a_sequence_is_refused()
    {
        var body = new DicomByteBuilder()
            .ExplicitHeader(0x0008, 0x1140, "SQ", 0xFFFFFFFF)
            .Explicit(0x0008, 0x1155, "UI", Ascii("1.2\0"))
            .ToArray();

        var ex = Assert.Throws<DicomFormatException>(() => DicomDatasetParser.Parse(body, DicomTransferSyntax.ExplicitVRLittleEndian, "x"));

        Assert.Contains("where an item (FFFE,E000) is required", ex.Message);
    }

    [Fact]
    public void Undefined_length_on_a_short_text_element_is_refused()
    {
        var body = new DicomByteBuilder().Item(0x0010, 0x0020, 0xFFFFFFFF).ToArray();

        var ex = Assert.Throws<DicomFormatException>(() => DicomDatasetParser.Parse(body, DicomTransferSyntax.ImplicitVRLittleEndian, "x"));

        Assert.Contains("undefined length", ex.Message);
    }

    [Fact]
    public void Sequences_nested_beyond_the_limit_are_refused_not_a_stack_overflow()
    {
        var b = new DicomByteBuilder();
        for (int i = 0; i < 100; i++)
        {
            b.ExplicitHeader(0x0008, 0x1140, "SQ", 0xFFFFFFFF).Item(0xFFFE, 0xE000, 0xFFFFFFFF);
        }

        var ex = Assert.Throws<DicomFormatException>(() => DicomDatasetParser.Parse(b.ToArray(), DicomTransferSyntax.ExplicitVRLittleEndian, "x"));

        Assert.Contains("nested deeper than", ex.Message);
    }

    [Fact]
    public void Bad_decimal_string_names_the_tag()
    {
        var body = new DicomByteBuilder().Explicit(0x0028, 0x1053, "DS", Ascii("one ")).ToArray();
        var ds = DicomDatasetParser.Parse(body, DicomTransferSyntax.ExplicitVRLittleEndian, "x");

        var ex = Assert.Throws<DicomFormatException>(() => ds.GetDouble(DicomTags.RescaleSlope));

        Assert.Contains("RescaleSlope (0028,1053) value 1 'one' is not a number", ex.Message);
    }

    [Fact]
    public void Every_truncation_and_corruption_of_a_valid_file_fails_only_with_DicomFormatException()
    {
        var valid = DicomWriter.ToPart10Bytes(WriterFixtures.SmallImage());
        var random = new Random(1234);
        var unexpected = new List<string>();
        for (int cut = 0; cut < valid.Length; cut++)
        {
            Check(valid.AsSpan(0, cut).ToArray(), $"cut at {cut}");
        }

        for (int trial = 0; trial < 3000; trial++)
        {
            var corrupt = (byte[])valid.Clone();
            int flips = 1 + random.Next(4);
            for (int f = 0; f < flips; f++)
            {
                corrupt[132 + random.Next(corrupt.Length - 132)] = (byte)random.Next(256);
            }

            Check(corrupt, $"corruption {trial}");
        }

        Assert.Empty(unexpected);

        void Check(byte[] bytes, string what)
        {
            try
            {
                var file = DicomFile.Parse(bytes, "fuzz.dcm");
                if (file.Dataset.Contains(DicomTags.PixelData))
                {
                    var d = DicomPixelDescription.FromDataset(file.Dataset);
                    DicomPixelDecoder.DecodeFrame(file.Dataset, file.TransferSyntax, 0, new double[d.PixelsPerFrame]);
                }
            }
            catch (DicomFormatException)
            {
            }
            catch (Exception ex)
            {
                unexpected.Add($"{what}: {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    [TestDataFact]
    public void File_cut_inside_pixel_data_names_the_missing_bytes()
    {
        // derived_edge_cases: dcmqi ct-3slice/01.dcm cut to 315884 of 526474 bytes (ct/README.md).
        var path = TestDataLocation.PathOf("ct", "derived_edge_cases", "truncated", "ct-3slice_01_truncated_in_pixeldata.dcm");

        var ex = Assert.Throws<DicomFormatException>(() => DicomFile.Open(path));

        Assert.Contains("ct-3slice_01_truncated_in_pixeldata.dcm: truncated: element PixelData (7FE0,0010) needs 524288 bytes, 313698 remain", ex.Message);
        Assert.Equal(path, ex.FilePath);
    }

    [TestDataFact]
    public void File_cut_inside_the_header_is_refused()
    {
        var path = TestDataLocation.PathOf("ct", "derived_edge_cases", "truncated", "CTImage_truncated_in_header.dcm");

        var ex = Assert.Throws<DicomFormatException>(() => DicomFile.Open(path));

        Assert.Contains("truncated", ex.Message);
    }

    [TestDataTheory]
    [InlineData("derived_edge_cases/truncated/zero_bytes.dcm", "empty (0 bytes)")]
    [InlineData("derived_edge_cases/truncated/not_dicom.dcm", "not a DICOM file")]
    [InlineData("pydicom/no_meta.dcm", "not a DICOM file")] // begins with a stray 0x20 byte: pydicom and DCMTK refuse it too
    [InlineData("pydicom/meta_missing_tsyntax.dcm", "no TransferSyntaxUID (0002,0010)")]
    public void Unreadable_files_are_refused_with_a_reason(string relative, string reason)
    {
        var path = TestDataLocation.PathOf(["ct", .. relative.Split('/')]);

        var ex = Assert.Throws<DicomFormatException>(() => DicomFile.Open(path));

        Assert.Contains(reason, ex.Message);
        Assert.StartsWith(Path.GetFileName(path) + ":", ex.Message);
    }
}
