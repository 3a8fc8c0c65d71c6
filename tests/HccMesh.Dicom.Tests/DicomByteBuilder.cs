using System.Buffers.Binary;
using System.Text;

namespace HccMesh.Dicom.Tests;

/// <summary>Writes DICOM bytes by hand so tests control every header and length.</summary>
internal sealed class DicomByteBuilder(bool bigEndian = false)
{
    private readonly MemoryStream _bytes = new();

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    public static byte[] UInt16Le(params ushort[] values)
    {
        var bytes = new byte[values.Length * 2];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), values[i]);
        }

        return bytes;
    }

    /// <summary>Preamble, DICM and a minimal explicit-VR-LE file meta group naming <paramref name="transferSyntaxUid"/>, then the body.</summary>
    public static byte[] Part10(string? transferSyntaxUid, byte[] body)
    {
        var meta = new DicomByteBuilder();
        meta.Explicit(0x0002, 0x0001, "OB", [0, 1]);
        meta.Explicit(0x0002, 0x0002, "UI", Ascii("1.2.840.10008.5.1.4.1.1.7\0"));
        meta.Explicit(0x0002, 0x0003, "UI", Ascii("1.2.3.4\0"));
        if (transferSyntaxUid is not null)
        {
            var uid = transferSyntaxUid.Length % 2 == 1 ? transferSyntaxUid + "\0" : transferSyntaxUid;
            meta.Explicit(0x0002, 0x0010, "UI", Ascii(uid));
        }

        var metaBytes = meta.ToArray();
        var file = new DicomByteBuilder();
        file.Raw(new byte[128]).Raw(Ascii("DICM"));
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)metaBytes.Length);
        file.Explicit(0x0002, 0x0000, "UL", length);
        return [.. file.ToArray(), .. metaBytes, .. body];
    }

    public DicomByteBuilder Explicit(ushort group, ushort element, string vr, byte[] value)
    {
        ExplicitHeader(group, element, vr, (uint)value.Length);
        return Raw(value);
    }

    public DicomByteBuilder ExplicitHeader(ushort group, ushort element, string vr, uint length)
    {
        TagBytes(group, element);
        Raw(Ascii(vr));
        if (vr is "OB" or "OD" or "OF" or "OL" or "OV" or "OW" or "SQ" or "SV" or "UC" or "UN" or "UR" or "UT" or "UV")
        {
            Raw([0, 0]);
            return UInt32(length);
        }

        return UInt16((ushort)length);
    }

    public DicomByteBuilder Implicit(ushort group, ushort element, byte[] value)
    {
        Item(group, element, (uint)value.Length);
        return Raw(value);
    }

    /// <summary>Tag and 32-bit length: implicit-VR headers, items and delimiters.</summary>
    public DicomByteBuilder Item(ushort group, ushort element, uint length)
    {
        TagBytes(group, element);
        return UInt32(length);
    }

    public DicomByteBuilder Raw(byte[] bytes)
    {
        _bytes.Write(bytes);
        return this;
    }

    public byte[] ToArray() => _bytes.ToArray();

    private void TagBytes(ushort group, ushort element)
    {
        UInt16(group);
        UInt16(element);
    }

    private DicomByteBuilder UInt16(ushort value)
    {
        Span<byte> b = stackalloc byte[2];
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(b, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(b, value);
        }

        _bytes.Write(b);
        return this;
    }

    private DicomByteBuilder UInt32(uint value)
    {
        Span<byte> b = stackalloc byte[4];
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt32BigEndian(b, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(b, value);
        }

        _bytes.Write(b);
        return this;
    }
}
