using HccMesh.TestData;

namespace HccMesh.Dicom.Tests;

public class DicomWriterTests
{
    [Fact]
    public void Part10_round_trip_keeps_values_sequences_and_pixels()
    {
        var original = WriterFixtures.SmallImage();

        var bytes = DicomWriter.ToPart10Bytes(original);
        var file = DicomFile.Parse(bytes, "roundtrip.dcm");

        Assert.Equal(DicomTransferSyntax.ExplicitVRLittleEndian, file.TransferSyntax);
        Assert.Equal("2.25.1234", file.FileMetaInformation.GetString(DicomTags.MediaStorageSopInstanceUid));
        Assert.Equal(DicomUid.CtImageStorage, file.FileMetaInformation.GetString(DicomTags.MediaStorageSopClassUid));
        Assert.Equal(DicomUid.ImplementationClassUid, file.FileMetaInformation.GetString(DicomTags.ImplementationClassUid));
        var ds = file.Dataset;
        Assert.Equal("odd", ds.GetString(DicomTags.SeriesDescription));
        Assert.Equal([-1.5, 2.25, 1e-7], ds.GetDoubles(DicomTags.ImagePositionPatient));
        var items = ds.GetSequence(DicomTags.ReferencedImageSequence)!.Items;
        Assert.Equal(2, items.Count);
        Assert.Equal("1.2.3", items[0].GetString(DicomTags.ReferencedSopInstanceUid));
        Assert.Equal(0, items[1].Count);
        var values = new double[6];
        DicomPixelDecoder.DecodeFrame(ds, file.TransferSyntax, 0, values);
        Assert.Equal([0.0, 1, 2, -1, -32768, 32767], values);
    }

    [Fact]
    public void Odd_length_values_are_padded_uids_with_nul_text_with_space()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTags.SopInstanceUid, DicomVR.UI, "1.2.3");
        ds.SetString(DicomTags.Modality, DicomVR.CS, "CTX");

        var bytes = DicomWriter.ToDatasetBytes(ds, explicitVr: true);

        // (0008,0018) UI len 6 "1.2.3\0" then (0008,0060) CS len 4 "CTX "
        Assert.Equal(8 + 6 + 8 + 4, bytes.Length);
        Assert.Equal(6, bytes[6]);
        Assert.Equal(0, bytes[8 + 5]);
        Assert.Equal((byte)' ', bytes[^1]);
    }

    [Fact]
    public void Implicit_vr_data_set_bytes_parse_back()
    {
        var bytes = DicomWriter.ToDatasetBytes(WriterFixtures.SmallImage(), explicitVr: false);

        var ds = DicomDatasetParser.Parse(bytes, DicomTransferSyntax.ImplicitVRLittleEndian, "implicit");

        Assert.Equal((ushort)3, ds.GetUInt16(DicomTags.Columns));
        Assert.Equal("1.2.3", ds.GetSequence(DicomTags.ReferencedImageSequence)!.Items[0].GetString(DicomTags.ReferencedSopInstanceUid));
    }

    [TestDataFact]
    public void Rewriting_a_real_implicit_file_as_explicit_keeps_every_element()
    {
        var original = DicomFile.Open(TestDataLocation.PathOf("ct", "cornerstone", "CTImage.dcm"));

        var rewritten = DicomFile.Parse(DicomWriter.ToPart10Bytes(original.Dataset), "rewritten.dcm");

        // Data set group lengths (gggg,0000) are retired and deliberately not written.
        var kept = original.Dataset.Where(e => !e.Tag.IsGroupLength).ToList();
        Assert.Equal(kept.Count, rewritten.Dataset.Count);
        foreach (var element in kept)
        {
            var copy = rewritten.Dataset.Get(element.Tag);
            Assert.NotNull(copy);
            if (element is not DicomSequence)
            {
                int length = element.Value.Length;
                Assert.True(copy!.Value.Span[..length].SequenceEqual(element.Value.Span), $"{element.Tag} differs");
            }
        }
    }

    [Fact]
    public void Decimal_strings_fit_sixteen_characters()
    {
        Assert.Equal("-249.51171875", DicomDecimalString.Format(-249.51171875));
        Assert.Equal("-1024", DicomDecimalString.Format(-1024));
        var cos30 = Math.Cos(Math.PI / 6);
        var text = DicomDecimalString.Format(cos30);
        Assert.True(text.Length <= 16);
        Assert.Equal(cos30, double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), 14);
        Assert.True(DicomDecimalString.Format(-1.2345678901234567e-200).Length <= 16);
    }

    [Fact]
    public void Generated_uids_are_valid_and_under_the_2_25_root()
    {
        var a = DicomUid.Generate();
        var b = DicomUid.Generate();

        Assert.StartsWith("2.25.", a);
        Assert.True(DicomUid.IsValid(a), a);
        Assert.True(DicomUid.IsValid(DicomUid.ImplementationClassUid));
        Assert.NotEqual(a, b);
        Assert.False(DicomUid.IsValid("1.02.3"));
        Assert.False(DicomUid.IsValid("1..3"));
    }
}
