using System.Buffers.Binary;

namespace HccMesh.Dicom;

/// <summary>
/// Writes data sets: Part 10 files (preamble, DICM, file meta, explicit VR little endian body)
/// or bare data sets in implicit / explicit VR little endian (e.g. for DIMSE). Elements are
/// written in ascending tag order, values padded to even length (UI with NUL, text with space);
/// sequences and items use undefined length with delimiters (PS3.5 section 7.5.2).
/// </summary>
public static class DicomWriter
{
    private const uint UndefinedLength = 0xFFFFFFFF;

    /// <summary>Writes a Part 10 file; the file meta group is built from the data set's SOP Class / Instance UIDs.</summary>
    public static void Write(string path, DicomDataset dataset) => File.WriteAllBytes(path, ToPart10Bytes(dataset));

    public static byte[] ToPart10Bytes(DicomDataset dataset)
    {
        using var output = new MemoryStream();
        output.Write(new byte[128]);
        output.Write("DICM"u8);
        WriteFileMeta(output, dataset);
        WriteDataset(output, dataset, explicitVr: true);
        return output.ToArray();
    }

    /// <summary>The data set alone, in implicit VR LE (<paramref name="explicitVr"/> false) or explicit VR LE.</summary>
    public static byte[] ToDatasetBytes(DicomDataset dataset, bool explicitVr)
    {
        using var output = new MemoryStream();
        WriteDataset(output, dataset, explicitVr);
        return output.ToArray();
    }

    private static void WriteFileMeta(Stream output, DicomDataset dataset)
    {
        var sopClass = dataset.GetString(DicomTags.SopClassUid);
        var sopInstance = dataset.GetString(DicomTags.SopInstanceUid);
        if (string.IsNullOrEmpty(sopClass) || string.IsNullOrEmpty(sopInstance))
        {
            throw new ArgumentException("A Part 10 file needs SOPClassUID (0008,0016) and SOPInstanceUID (0008,0018).", nameof(dataset));
        }

        var meta = new DicomDataset("file meta");
        meta.SetBytes(DicomTags.FileMetaInformationVersion, DicomVR.OB, new byte[] { 0, 1 });
        meta.SetString(DicomTags.MediaStorageSopClassUid, DicomVR.UI, sopClass);
        meta.SetString(DicomTags.MediaStorageSopInstanceUid, DicomVR.UI, sopInstance);
        meta.SetString(DicomTags.TransferSyntaxUid, DicomVR.UI, DicomTransferSyntax.ExplicitVRLittleEndian.Uid);
        meta.SetString(DicomTags.ImplementationClassUid, DicomVR.UI, DicomUid.ImplementationClassUid);
        meta.SetString(DicomTags.ImplementationVersionName, DicomVR.SH, DicomUid.ImplementationVersionName);
        using var group = new MemoryStream();
        foreach (var element in meta.InTagOrder())
        {
            WriteElement(group, element, explicitVr: true);
        }

        var length = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)group.Length);
        WriteElement(output, new DicomElement(DicomTags.FileMetaInformationGroupLength, DicomVR.UL, length), explicitVr: true);
        group.Position = 0;
        group.CopyTo(output);
    }

    private static void WriteDataset(Stream output, DicomDataset dataset, bool explicitVr)
    {
        foreach (var element in dataset.InTagOrder())
        {
            if (element.Tag.Group == 0x0002 || (element.Tag.IsGroupLength && element.Tag.Group != 0x0000))
            {
                continue; // file meta is written separately; data set group lengths are retired and could be stale
            }

            WriteElement(output, element, explicitVr);
        }
    }

    private static void WriteElement(Stream output, DicomElement element, bool explicitVr)
    {
        switch (element)
        {
            case DicomSequence sequence:
                WriteHeader(output, element.Tag, DicomVR.SQ, UndefinedLength, explicitVr);
                foreach (var item in sequence.Items)
                {
                    WriteTag(output, DicomTag.Item, UndefinedLength);
                    WriteDataset(output, item, explicitVr);
                    WriteTag(output, DicomTag.ItemDelimitation, 0);
                }

                WriteTag(output, DicomTag.SequenceDelimitation, 0);
                break;
            case DicomFragmentSequence fragments:
                WriteHeader(output, element.Tag, DicomVR.OB, UndefinedLength, explicitVr);
                WriteFragment(output, fragments.OffsetTable.Span);
                foreach (var fragment in fragments.Fragments)
                {
                    WriteFragment(output, fragment.Span);
                }

                WriteTag(output, DicomTag.SequenceDelimitation, 0);
                break;
            default:
                var value = element.Value.Span;
                bool pad = (value.Length & 1) == 1;
                long length = value.Length + (pad ? 1 : 0);
                var vr = element.VR;
                if (explicitVr && !DicomVRInfo.HasLongLength(vr) && length > ushort.MaxValue)
                {
                    vr = DicomVR.UN; // too long for a 16-bit length field: PS3.5 6.2.2 allows UN
                }

                WriteHeader(output, element.Tag, vr, checked((uint)length), explicitVr);
                output.Write(value);
                if (pad)
                {
                    output.WriteByte(DicomVRInfo.PaddingByte(element.VR));
                }

                break;
        }
    }

    private static void WriteFragment(Stream output, ReadOnlySpan<byte> fragment)
    {
        bool pad = (fragment.Length & 1) == 1;
        WriteTag(output, DicomTag.Item, (uint)(fragment.Length + (pad ? 1 : 0)));
        output.Write(fragment);
        if (pad)
        {
            output.WriteByte(0);
        }
    }

    private static void WriteHeader(Stream output, DicomTag tag, DicomVR vr, uint length, bool explicitVr)
    {
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt16LittleEndian(header, tag.Group);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], tag.Element);
        if (!explicitVr)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[4..], length);
            output.Write(header[..8]);
            return;
        }

        var name = vr.ToString();
        header[4] = (byte)name[0];
        header[5] = (byte)name[1];
        if (DicomVRInfo.HasLongLength(vr))
        {
            header[6] = 0;
            header[7] = 0;
            BinaryPrimitives.WriteUInt32LittleEndian(header[8..], length);
            output.Write(header);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], (ushort)length);
            output.Write(header[..8]);
        }
    }

    private static void WriteTag(Stream output, DicomTag tag, uint length)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteUInt16LittleEndian(header, tag.Group);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], tag.Element);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], length);
        output.Write(header);
    }
}
