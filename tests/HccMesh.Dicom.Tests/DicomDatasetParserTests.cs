using System.IO.Compression;
using static HccMesh.Dicom.Tests.DicomByteBuilder;

namespace HccMesh.Dicom.Tests;

public class DicomDatasetParserTests
{
    private const uint Undefined = 0xFFFFFFFF;

    [Fact]
    public void Explicit_little_endian_values_are_typed()
    {
        var body = new DicomByteBuilder()
            .Explicit(0x0008, 0x0060, "CS", Ascii("CT"))
            .Explicit(0x0020, 0x0013, "IS", Ascii(" 42 "))
            .Explicit(0x0020, 0x0032, "DS", Ascii("-249.51171875\\-437.5\\1e2 "))
            .Explicit(0x0028, 0x0010, "US", UInt16Le(512))
            .Explicit(0x0018, 0x9999, "FD", BitConverter.GetBytes(2.5))
            .ToArray();

        var ds = DicomDatasetParser.Parse(body, DicomTransferSyntax.ExplicitVRLittleEndian, "test");

        Assert.Equal("CT", ds.GetString(DicomTags.Modality));
        Assert.Equal(42, ds.GetInt(DicomTags.InstanceNumber));
        Assert.Equal([-249.51171875, -437.5, 100.0], ds.GetDoubles(DicomTags.ImagePositionPatient));
        Assert.Equal((ushort)512, ds.GetUInt16(DicomTags.Rows));
        Assert.Equal([2.5], ds.GetDoubles(new DicomTag(0x0018, 0x9999)));
        Assert.True(ds.Contains(DicomTags.Rows));
        Assert.False(ds.Contains(DicomTags.Columns));
        Assert.Null(ds.GetString(DicomTags.Columns));
        Assert.Empty(ds.GetDoubles(DicomTags.PixelSpacing));
    }

    [Fact]
    public void Implicit_vr_takes_vr_from_the_dictionary_and_unknown_tags_are_UN()
    {
        var body = new DicomByteBuilder()
            .Implicit(0x0028, 0x0010, UInt16Le(256))
            .Implicit(0x0028, 0x1052, Ascii("-1024 "))
            .Implicit(0x0009, 0x0010, Ascii("ACME"))
            .Implicit(0x0009, 0x1001, [1, 2, 3, 4])
            .ToArray();

        var ds = DicomDatasetParser.Parse(body, DicomTransferSyntax.ImplicitVRLittleEndian, "test");

        Assert.Equal(DicomVR.US, ds.Get(DicomTags.Rows)!.VR);
        Assert.Equal((ushort)256, ds.GetUInt16(DicomTags.Rows));
        Assert.Equal(-1024, ds.GetDouble(DicomTags.RescaleIntercept));
        Assert.Equal(DicomVR.LO, ds.Get(new DicomTag(0x0009, 0x0010))!.VR);
        Assert.Equal(DicomVR.UN, ds.Get(new DicomTag(0x0009, 0x1001))!.VR);
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, ds.GetBytes(new DicomTag(0x0009, 0x1001)).ToArray());
    }

    [Fact]
    public void Undefined_length_sequences_and_items_are_parsed_with_their_delimiters()
    {
        // (0008,1140) SQ undefined length: item 1 undefined length, item 2 defined length, then a sequence delimiter.
        var item2 = new DicomByteBuilder().Explicit(0x0008, 0x1155, "UI", Ascii("1.2.4\0")).ToArray();
        var body = new DicomByteBuilder()
            .ExplicitHeader(0x0008, 0x1140, "SQ", Undefined)
            .Item(0xFFFE, 0xE000, Undefined)
            .Explicit(0x0008, 0x1155, "UI", Ascii("1.2.3\0"))
            .Item(0xFFFE, 0xE00D, 0)
            .Item(0xFFFE, 0xE000, (uint)item2.Length)
            .Raw(item2)
            .Item(0xFFFE, 0xE0DD, 0)
            .Explicit(0x0020, 0x0013, "IS", Ascii("7 "))
            .ToArray();

        var ds = DicomDatasetParser.Parse(body, DicomTransferSyntax.ExplicitVRLittleEndian, "test");

        var sequence = ds.GetSequence(DicomTags.ReferencedImageSequence)!;
        Assert.Equal(2, sequence.Items.Count);
        Assert.Equal("1.2.3", sequence.Items[0].GetString(DicomTags.ReferencedSopInstanceUid));
        Assert.Equal("1.2.4", sequence.Items[1].GetString(DicomTags.ReferencedSopInstanceUid));
        Assert.Equal(7, ds.GetInt(DicomTags.InstanceNumber));
    }

    [Fact]
    public void Defined_length_nested_sequences_and_empty_items_are_parsed()
    {
        var inner = new DicomByteBuilder()
            .Item(0xFFFE, 0xE000, 0) // empty item, as in fo-dicom GH342
            .ToArray();
        var itemBody = new DicomByteBuilder()
            .ExplicitHeader(0x0008, 0x2112, "SQ", (uint)inner.Length).Raw(inner)
            .Explicit(0x0008, 0x1150, "UI", Ascii("1.2\0"))
            .ToArray();
        var items = new DicomByteBuilder().Item(0xFFFE, 0xE000, (uint)itemBody.Length).Raw(itemBody).ToArray();
        var body = new DicomByteBuilder().ExplicitHeader(0x0008, 0x1140, "SQ", (uint)items.Length).Raw(items).ToArray();

        var ds = DicomDatasetParser.Parse(body, DicomTransferSyntax.ExplicitVRLittleEndian, "test");

        var item = Assert.Single(ds.GetSequence(DicomTags.ReferencedImageSequence)!.Items);
        Assert.Equal("1.2", item.GetString(DicomTags.ReferencedSopClassUid));
        var empty = Assert.Single(item.GetSequence(DicomTags.SourceImageSequence)!.Items);
        Assert.Equal(0, empty.Count);
    }

    [Fact]
    public void Implicit_vr_undefined_length_unknown_tag_is_read_as_a_sequence()
    {
        var body = new DicomByteBuilder()
            .Item(0x0029, 0x1010, Undefined)
            .Item(0xFFFE, 0xE000, Undefined)
            .Implicit(0x0020, 0x0013, Ascii("3 "))
            .Item(0xFFFE, 0xE00D, 0)
            .Item(0xFFFE, 0xE0DD, 0)
            .ToArray();

        var ds = DicomDatasetParser.Parse(body, DicomTransferSyntax.ImplicitVRLittleEndian, "test");

        var item = Assert.Single(ds.GetSequence(new DicomTag(0x0029, 0x1010))!.Items);
        Assert.Equal(3, item.GetInt(DicomTags.InstanceNumber));
    }

    [Fact]
    public void Encapsulated_pixel_data_is_kept_as_fragments_and_decoding_names_the_syntax()
    {
        var body = ImageHeader(new DicomByteBuilder())
            .ExplicitHeader(0x7FE0, 0x0010, "OB", Undefined)
            .Item(0xFFFE, 0xE000, 0) // empty basic offset table
            .Item(0xFFFE, 0xE000, 4).Raw([1, 2, 3, 4])
            .Item(0xFFFE, 0xE000, 2).Raw([5, 6])
            .Item(0xFFFE, 0xE0DD, 0)
            .ToArray();
        var jpeg2000 = DicomTransferSyntax.FromUid("1.2.840.10008.1.2.4.90");
        var file = DicomFile.Parse(Part10(jpeg2000.Uid, body), "j2k.dcm");

        var pixels = Assert.IsType<DicomFragmentSequence>(file.Dataset.Get(DicomTags.PixelData));
        Assert.Equal(2, pixels.Fragments.Count);
        Assert.Equal(0, pixels.OffsetTable.Length);
        var ex = Assert.Throws<DicomUnsupportedTransferSyntaxException>(() => DicomPixelDecoder.DecodeFrame(file.Dataset, file.TransferSyntax, 0, new double[4]));
        Assert.Contains("JPEG 2000 Image Compression (Lossless Only) (1.2.840.10008.1.2.4.90)", ex.Message);
        Assert.Equal(jpeg2000, ex.TransferSyntax);
    }

    [Fact]
    public void Explicit_big_endian_values_are_swapped_to_little_endian()
    {
        var body = new DicomByteBuilder(bigEndian: true)
            .Explicit(0x0028, 0x0010, "US", [0x02, 0x00]) // 512 big-endian
            .Explicit(0x7FE0, 0x0010, "OW", [0xFF, 0xFE, 0x00, 0x05]) // -2, 5
            .ToArray();

        var ds = DicomDatasetParser.Parse(body, DicomTransferSyntax.ExplicitVRBigEndian, "test");

        Assert.Equal((ushort)512, ds.GetUInt16(DicomTags.Rows));
        Assert.Equal(new byte[] { 0xFE, 0xFF, 0x05, 0x00 }, ds.GetBytes(DicomTags.PixelData).ToArray());
    }

    [Fact]
    public void Deflated_explicit_little_endian_is_inflated()
    {
        var plain = ImageHeader(new DicomByteBuilder()).Explicit(0x7FE0, 0x0010, "OW", UInt16Le(1, 2, 3, 4)).ToArray();
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(plain);
        }

        var file = DicomFile.Parse(Part10(DicomTransferSyntax.DeflatedExplicitVRLittleEndian.Uid, compressed.ToArray()), "dfl.dcm");

        var values = new double[4];
        DicomPixelDecoder.DecodeFrame(file.Dataset, file.TransferSyntax, 0, values);
        Assert.Equal([1.0, 2, 3, 4], values);
    }

    [Fact]
    public void Raw_implicit_data_set_without_preamble_is_accepted()
    {
        var raw = new DicomByteBuilder()
            .Implicit(0x0008, 0x0060, Ascii("CT"))
            .Implicit(0x0028, 0x0010, UInt16Le(2))
            .ToArray();

        var file = DicomFile.Parse(raw, "raw");

        Assert.False(file.HadPreamble);
        Assert.Equal(DicomTransferSyntax.ImplicitVRLittleEndian, file.TransferSyntax);
        Assert.Equal("CT", file.Dataset.GetString(DicomTags.Modality));
    }

    [Fact]
    public void Raw_explicit_data_set_without_preamble_is_refused()
    {
        var raw = new DicomByteBuilder().Explicit(0x0008, 0x0060, "CS", Ascii("CT")).ToArray();

        var ex = Assert.Throws<DicomFormatException>(() => DicomFile.Parse(raw, "raw-explicit"));
        Assert.Contains("not a DICOM file: a raw explicit-VR data set", ex.Message);
    }

    [Fact]
    public void Dataset_parser_reads_a_command_set_from_a_byte_span()
    {
        // What a DIMSE C-ECHO-RQ command looks like: implicit VR LE, group 0000.
        var command = new DicomByteBuilder()
            .Implicit(0x0000, 0x0002, Ascii("1.2.840.10008.1.1\0"))
            .Implicit(0x0000, 0x0100, UInt16Le(0x0030))
            .Implicit(0x0000, 0x0110, UInt16Le(1))
            .Implicit(0x0000, 0x0800, UInt16Le(0x0101))
            .ToArray();

        var ds = DicomDatasetParser.Parse(command.AsMemory(), DicomTransferSyntax.ImplicitVRLittleEndian, "C-ECHO-RQ");

        Assert.Equal("1.2.840.10008.1.1", ds.GetString(DicomTags.AffectedSopClassUid));
        Assert.Equal((ushort)0x0030, ds.GetUInt16(DicomTags.CommandField));
        Assert.Equal((ushort)0x0101, ds.GetUInt16(DicomTags.CommandDataSetType));
    }

    [Fact]
    public void Utf8_character_set_decodes_person_names()
    {
        var body = new DicomByteBuilder()
            .Explicit(0x0008, 0x0005, "CS", Ascii("ISO_IR 192"))
            .Explicit(0x0010, 0x0010, "PN", System.Text.Encoding.UTF8.GetBytes("Wang^XiaoDong=王^小東 "))
            .ToArray();

        var ds = DicomDatasetParser.Parse(body, DicomTransferSyntax.ExplicitVRLittleEndian, "test");

        Assert.Equal("Wang^XiaoDong=王^小東", ds.GetString(DicomTags.PatientName));
    }

    [HccMesh.TestData.TestDataFact]
    public void Raw_implicit_rtstruct_exposes_nested_contour_sequences()
    {
        // pydicom rtstruct.dcm: no file meta, implicit VR (ct/README.md); ROIContourSequence > ContourSequence > ContourData.
        var file = DicomFile.Open(HccMesh.TestData.TestDataLocation.PathOf("ct", "pydicom", "rtstruct.dcm"));

        var roiContours = file.Dataset.GetSequence(DicomTags.RoiContourSequence)!;
        var contours = roiContours.Items[0].GetSequence(DicomTags.ContourSequence)!;
        var points = contours.Items[0].GetDoubles(DicomTags.ContourData);

        Assert.False(file.HadPreamble);
        Assert.NotEmpty(roiContours.Items);
        Assert.Equal(3 * contours.Items[0].GetInt(DicomTags.NumberOfContourPoints), points.Length);
    }

    internal static DicomByteBuilder ImageHeader(DicomByteBuilder b, ushort rows = 2, ushort columns = 2) => b
        .Explicit(0x0028, 0x0002, "US", UInt16Le(1))
        .Explicit(0x0028, 0x0004, "CS", Ascii("MONOCHROME2 "))
        .Explicit(0x0028, 0x0010, "US", UInt16Le(rows))
        .Explicit(0x0028, 0x0011, "US", UInt16Le(columns))
        .Explicit(0x0028, 0x0100, "US", UInt16Le(16))
        .Explicit(0x0028, 0x0101, "US", UInt16Le(16))
        .Explicit(0x0028, 0x0102, "US", UInt16Le(15))
        .Explicit(0x0028, 0x0103, "US", UInt16Le(1));
}
