using System.Buffers.Binary;
using HccMesh.TestData;

namespace HccMesh.Dicom.Tests;

public class DicomPixelDecoderTests
{
    [Fact]
    public void Signed_12_bit_values_are_masked_and_sign_extended()
    {
        // 0xF000 bits above BitsStored (e.g. overlay planes) must be ignored; 0x0FFF is -1 in 12-bit two's complement.
        var values = Decode(bitsAllocated: 16, bitsStored: 12, highBit: 11, signed: true, Words16(0x0FFF, 0xF800, 0x07FF, 0x8005));

        Assert.Equal([-1.0, -2048, 2047, 5], values);
    }

    [Fact]
    public void Unsigned_12_bit_values_are_masked()
    {
        var values = Decode(16, 12, 11, signed: false, Words16(0xF123, 0x0FFF, 0x1000));

        Assert.Equal([0x123, 4095.0, 0], values);
    }

    [Fact]
    public void High_bit_above_bits_stored_shifts_the_values_down()
    {
        // BitsStored 12 with HighBit 15: the value sits in bits 4..15.
        var values = Decode(16, 12, 15, signed: true, Words16(0xFFF0, 0x7FF0, 0x0010));

        Assert.Equal([-1.0, 2047, 1], values);
    }

    [Fact]
    public void Full_16_bit_signed_and_unsigned_are_read_directly()
    {
        Assert.Equal([-32768.0, 32767, -1], Decode(16, 16, 15, signed: true, Words16(0x8000, 0x7FFF, 0xFFFF)));
        Assert.Equal([32768.0, 32767, 65535], Decode(16, 16, 15, signed: false, Words16(0x8000, 0x7FFF, 0xFFFF)));
    }

    [Fact]
    public void Eight_bit_signed_and_unsigned_are_decoded()
    {
        Assert.Equal([255.0, 128, 0], Decode(8, 8, 7, signed: false, [255, 128, 0]));
        Assert.Equal([-1.0, -128, 127], Decode(8, 8, 7, signed: true, [255, 128, 127]));
    }

    [Fact]
    public void Thirty_two_bit_signed_and_unsigned_are_decoded()
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, 0xFFFFFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), 123456);

        Assert.Equal([4294967295.0, 123456], Decode(32, 32, 31, signed: false, bytes));
        Assert.Equal([-1.0, 123456], Decode(32, 32, 31, signed: true, bytes));
    }

    [Fact]
    public void Colour_images_are_refused_with_a_clear_message()
    {
        var ds = Image(8, 8, 7, false, new byte[12], rows: 2, columns: 2);
        ds.SetUInt16(DicomTags.SamplesPerPixel, 3);
        ds.SetString(DicomTags.PhotometricInterpretation, DicomVR.CS, "RGB");

        var ex = Assert.Throws<DicomFormatException>(() => DicomPixelDecoder.DecodeFrame(ds, DicomTransferSyntax.ExplicitVRLittleEndian, 0, new double[4]));

        Assert.Contains("SamplesPerPixel is 3 (RGB); only single-sample grey-scale images are supported", ex.Message);
    }

    [Fact]
    public void Palette_colour_is_refused()
    {
        var ds = Image(8, 8, 7, false, new byte[4]);
        ds.SetString(DicomTags.PhotometricInterpretation, DicomVR.CS, "PALETTE COLOR");

        var ex = Assert.Throws<DicomFormatException>(() => DicomPixelDecoder.DecodeFrame(ds, DicomTransferSyntax.ExplicitVRLittleEndian, 0, new double[4]));

        Assert.Contains("PhotometricInterpretation PALETTE COLOR is not supported", ex.Message);
    }

    [Fact]
    public void Monochrome1_keeps_the_stored_values()
    {
        var ds = Image(16, 16, 15, true, Words16(1, 2, 3, 4));
        ds.SetString(DicomTags.PhotometricInterpretation, DicomVR.CS, "MONOCHROME1");
        var values = new double[4];

        DicomPixelDecoder.DecodeFrame(ds, DicomTransferSyntax.ExplicitVRLittleEndian, 0, values);

        Assert.Equal([1.0, 2, 3, 4], values);
    }

    [Fact]
    public void Pixel_data_shorter_than_the_image_is_refused()
    {
        var ds = Image(16, 16, 15, true, Words16(1, 2, 3), rows: 2, columns: 2);

        var ex = Assert.Throws<DicomFormatException>(() => DicomPixelDecoder.DecodeFrame(ds, DicomTransferSyntax.ExplicitVRLittleEndian, 0, new double[4]));

        Assert.Contains("Pixel Data (7FE0,0010) holds 6 bytes; 2x2x1 pixels of 16 bits need 8", ex.Message);
    }

    [Fact]
    public void Inconsistent_bit_layout_is_refused()
    {
        var ds = Image(16, 17, 15, true, Words16(1, 2, 3, 4));

        var ex = Assert.Throws<DicomFormatException>(() => DicomPixelDecoder.DecodeFrame(ds, DicomTransferSyntax.ExplicitVRLittleEndian, 0, new double[4]));

        Assert.Contains("inconsistent bit layout", ex.Message);
    }

    // Reference SHA-256 of the decoded little-endian int16 buffers: ct/README.md (verified there with GDCM).
    [TestDataTheory]
    [InlineData("cornerstone/CTImage.dcm", "1bee432808f49770bbc30d904e3e744082b0ba41704d4943e7de5bcb3e3d72f9")]
    [InlineData("cornerstone/CTImage.dcm_LittleEndianExplicitTransferSyntax_1.2.840.10008.1.2.1.dcm", "1bee432808f49770bbc30d904e3e744082b0ba41704d4943e7de5bcb3e3d72f9")]
    [InlineData("cornerstone/CTImage.dcm_BigEndianExplicitTransferSyntax_1.2.840.10008.1.2.2.dcm", "1bee432808f49770bbc30d904e3e744082b0ba41704d4943e7de5bcb3e3d72f9")]
    [InlineData("cornerstone/CTImage.dcm_DeflatedExplicitVRLittleEndianTransferSyntax_1.2.840.10008.1.2.1.99.dcm", "1bee432808f49770bbc30d904e3e744082b0ba41704d4943e7de5bcb3e3d72f9")]
    [InlineData("nema_wg04/CT1_UNC", "1add6ede29758c6f0c68f01749ddc6c907e68a312be4eb9da8489e376e0bbd34")]
    // Clunie's CT1 in explicit big endian with an undefined-length UN element (CP-246) is the same image as CT1_UNC.
    [InlineData("fo-dicom/GH177_D_CLUNIE_CT1_IVRLE_BigEndian_undefined_length.dcm", "1add6ede29758c6f0c68f01749ddc6c907e68a312be4eb9da8489e376e0bbd34")]
    public void Uncompressed_transfer_syntaxes_decode_to_the_reference_pixels(string relative, string sha256)
    {
        var file = DicomFile.Open(TestDataLocation.PathOf(["ct", .. relative.Split('/')]));
        var d = DicomPixelDescription.FromDataset(file.Dataset);
        var values = new double[d.PixelsPerFrame];

        DicomPixelDecoder.DecodeFrame(file.Dataset, file.TransferSyntax, 0, values);

        var bytes = new byte[values.Length * 2];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), checked((short)values[i]));
        }

        Assert.Equal(sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
    }

    [TestDataTheory]
    [InlineData("cornerstone/CTImage.dcm_JPEG2000LosslessOnlyTransferSyntax_1.2.840.10008.1.2.4.90.dcm", "1.2.840.10008.1.2.4.90")]
    [InlineData("cornerstone/CTImage.dcm_JPEGLSLosslessTransferSyntax_1.2.840.10008.1.2.4.80.dcm", "1.2.840.10008.1.2.4.80")]
    [InlineData("cornerstone/CTImage.dcm_JPEGProcess14SV1TransferSyntax_1.2.840.10008.1.2.4.70.dcm", "1.2.840.10008.1.2.4.70")]
    [InlineData("cornerstone/CTImage.dcm_JPEGProcess1TransferSyntax_1.2.840.10008.1.2.4.50.dcm", "1.2.840.10008.1.2.4.50")]
    [InlineData("cornerstone/CTImage.dcm_RLELosslessTransferSyntax_1.2.840.10008.1.2.5.dcm", "1.2.840.10008.1.2.5")]
    [InlineData("nema_wg04/CT1_J2KI", "1.2.840.10008.1.2.4.91")]
    public void Compressed_files_parse_but_pixel_decoding_reports_the_syntax(string relative, string uid)
    {
        var file = DicomFile.Open(TestDataLocation.PathOf(["ct", .. relative.Split('/')]));

        Assert.Equal(512, file.Dataset.GetInt(DicomTags.Rows));
        var ex = Assert.Throws<DicomUnsupportedTransferSyntaxException>(
            () => DicomPixelDecoder.DecodeFrame(file.Dataset, file.TransferSyntax, 0, new double[512 * 512]));
        Assert.Contains($"({uid}); decoding compressed transfer syntaxes is not supported", ex.Message);
    }

    [TestDataFact]
    public void Pydicom_and_highdicom_copies_of_ct_small_decode_identically()
    {
        // Both are the 128x128 downsized NEMA CT1 slice in explicit VR LE (ct/README.md).
        var a = DicomFile.Open(TestDataLocation.PathOf("ct", "pydicom", "CT_small.dcm"));
        var b = DicomFile.Open(TestDataLocation.PathOf("ct", "highdicom", "ct_image.dcm"));
        var pa = new double[128 * 128];
        var pb = new double[128 * 128];

        DicomPixelDecoder.DecodeFrame(a.Dataset, a.TransferSyntax, 0, pa);
        DicomPixelDecoder.DecodeFrame(b.Dataset, b.TransferSyntax, 0, pb);

        Assert.Equal(pa, pb);
        Assert.True(pa.Distinct().Count() > 100, "a real image, not a constant buffer");
    }

    [TestDataFact]
    public void Raw_monochrome1_data_set_without_preamble_decodes_10_bit_values()
    {
        // fo-dicom CR-MONO1-10-chest: no preamble / file meta, implicit VR, MONOCHROME1, 10 bits stored (ct/README.md).
        var file = DicomFile.Open(TestDataLocation.PathOf("ct", "fo-dicom", "CR-MONO1-10-chest"));
        var values = new double[440 * 440];

        DicomPixelDecoder.DecodeFrame(file.Dataset, file.TransferSyntax, 0, values);

        Assert.False(file.HadPreamble);
        Assert.Equal("MONOCHROME1", file.Dataset.GetString(DicomTags.PhotometricInterpretation));
        Assert.InRange(values.Min(), 0, 1023);
        Assert.InRange(values.Max(), 1, 1023);
    }

    [TestDataFact]
    public void Deflated_pydicom_file_decodes_8_bit_pixels()
    {
        var file = DicomFile.Open(TestDataLocation.PathOf("ct", "pydicom", "image_dfl.dcm"));
        var values = new double[512 * 512];

        DicomPixelDecoder.DecodeFrame(file.Dataset, file.TransferSyntax, 0, values);

        Assert.Equal(DicomTransferSyntax.DeflatedExplicitVRLittleEndian, file.TransferSyntax);
        Assert.Equal(512, file.Dataset.GetInt(DicomTags.Rows)); // ct/README.md: OT 512x512 8-bit unsigned
        Assert.InRange(values.Min(), 0, 255);
        Assert.InRange(values.Max(), 0, 255);
        Assert.True(values.Distinct().Count() > 1, "inflated pixels are not a constant buffer");
    }

    [TestDataFact]
    public void Private_sequences_with_empty_items_parse_and_12_bit_unsigned_pixels_decode()
    {
        // fo-dicom GH342: Elscint CT with private sequences holding empty items, 12-bit unsigned (ct/README.md).
        var file = DicomFile.Open(TestDataLocation.PathOf("ct", "fo-dicom", "GH342.dcm"));
        var values = new double[512 * 512];

        DicomPixelDecoder.DecodeFrame(file.Dataset, file.TransferSyntax, 0, values);

        Assert.Equal(12, file.Dataset.GetInt(DicomTags.BitsStored));
        Assert.InRange(values.Min(), 0, 4095);
        Assert.InRange(values.Max(), 1, 4095);
    }

    private static double[] Decode(int bitsAllocated, int bitsStored, int highBit, bool signed, byte[] pixels)
    {
        var ds = Image(bitsAllocated, bitsStored, highBit, signed, pixels);
        int count = pixels.Length / (bitsAllocated / 8);
        var values = new double[count];
        DicomPixelDecoder.DecodeFrame(ds, DicomTransferSyntax.ExplicitVRLittleEndian, 0, values);
        return values;
    }

    /// <summary>A one-row image holding all of <paramref name="pixels"/>, or rows x columns when given.</summary>
    private static DicomDataset Image(int bitsAllocated, int bitsStored, int highBit, bool signed, byte[] pixels, int rows = 1, int columns = 0)
    {
        int count = pixels.Length / (bitsAllocated / 8);
        var ds = new DicomDataset("pixels");
        ds.SetUInt16(DicomTags.SamplesPerPixel, 1);
        ds.SetString(DicomTags.PhotometricInterpretation, DicomVR.CS, "MONOCHROME2");
        ds.SetUInt16(DicomTags.Rows, (ushort)rows);
        ds.SetUInt16(DicomTags.Columns, (ushort)(columns > 0 ? columns : count));

        ds.SetUInt16(DicomTags.BitsAllocated, (ushort)bitsAllocated);
        ds.SetUInt16(DicomTags.BitsStored, (ushort)bitsStored);
        ds.SetUInt16(DicomTags.HighBit, (ushort)highBit);
        ds.SetUInt16(DicomTags.PixelRepresentation, signed ? (ushort)1 : (ushort)0);
        ds.SetBytes(DicomTags.PixelData, bitsAllocated == 8 ? DicomVR.OB : DicomVR.OW, pixels);
        return ds;
    }

    private static byte[] Words16(params int[] words) => DicomByteBuilder.UInt16Le([.. words.Select(w => (ushort)w)]);
}
