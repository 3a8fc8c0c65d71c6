namespace HccMesh.Dicom.Tests;

internal static class WriterFixtures
{
    /// <summary>A 3x2 signed 16-bit CT-like image with a nested sequence.</summary>
    public static DicomDataset SmallImage()
    {
        var ds = new DicomDataset("fixture");
        ds.SetString(DicomTags.SopClassUid, DicomVR.UI, DicomUid.CtImageStorage);
        ds.SetString(DicomTags.SopInstanceUid, DicomVR.UI, "2.25.1234");
        ds.SetString(DicomTags.Modality, DicomVR.CS, "CT");
        ds.SetString(DicomTags.SeriesDescription, DicomVR.LO, "odd");
        ds.SetDecimalStrings(DicomTags.ImagePositionPatient, -1.5, 2.25, 1e-7);
        var item = new DicomDataset("item");
        item.SetString(DicomTags.ReferencedSopInstanceUid, DicomVR.UI, "1.2.3");
        ds.SetSequence(DicomTags.ReferencedImageSequence, item, new DicomDataset("empty item"));
        ds.SetUInt16(DicomTags.SamplesPerPixel, 1);
        ds.SetString(DicomTags.PhotometricInterpretation, DicomVR.CS, "MONOCHROME2");
        ds.SetUInt16(DicomTags.Rows, 2);
        ds.SetUInt16(DicomTags.Columns, 3);
        ds.SetUInt16(DicomTags.BitsAllocated, 16);
        ds.SetUInt16(DicomTags.BitsStored, 16);
        ds.SetUInt16(DicomTags.HighBit, 15);
        ds.SetUInt16(DicomTags.PixelRepresentation, 1);
        ds.SetBytes(DicomTags.PixelData, DicomVR.OW, DicomByteBuilder.UInt16Le(0, 1, 2, 0xFFFF, 0x8000, 0x7FFF));
        return ds;
    }
}
