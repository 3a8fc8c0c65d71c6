using System.Buffers.Binary;

namespace HccMesh.Imaging.Tests.IO;

/// <summary>Builds small NIfTI-1 files in memory (little-endian, single file, vox_offset 352) for reader tests.</summary>
internal sealed class NiftiBytes
{
    public short[] Dim { get; init; } = [3, 4, 3, 2, 1, 1, 1, 1];

    public float[] PixDim { get; init; } = [1, 2, 3, 4, 1, 1, 1, 1];

    public short DataType { get; init; } = 4;

    public short BitPix { get; init; } = 16;

    public float SclSlope { get; init; }

    public float SclInter { get; init; }

    public short QFormCode { get; init; }

    public short SFormCode { get; init; }

    public float[] Quatern { get; init; } = [0, 0, 0];

    public float[] QOffset { get; init; } = [0, 0, 0];

    public float[] SRow { get; init; } = [2, 0, 0, 0, 0, 3, 0, 0, 0, 0, 4, 0];

    public string Magic { get; init; } = "n+1";

    public byte[] Build(byte[] data)
    {
        var b = new byte[352 + data.Length];
        var s = b.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(s, 348);
        for (int i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(s[(40 + (2 * i))..], Dim[i]);
            BinaryPrimitives.WriteSingleLittleEndian(s[(76 + (4 * i))..], PixDim[i]);
        }

        BinaryPrimitives.WriteInt16LittleEndian(s[70..], DataType);
        BinaryPrimitives.WriteInt16LittleEndian(s[72..], BitPix);
        BinaryPrimitives.WriteSingleLittleEndian(s[108..], 352);
        BinaryPrimitives.WriteSingleLittleEndian(s[112..], SclSlope);
        BinaryPrimitives.WriteSingleLittleEndian(s[116..], SclInter);
        b[123] = 2; // mm
        BinaryPrimitives.WriteInt16LittleEndian(s[252..], QFormCode);
        BinaryPrimitives.WriteInt16LittleEndian(s[254..], SFormCode);
        for (int i = 0; i < 3; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(s[(256 + (4 * i))..], Quatern[i]);
            BinaryPrimitives.WriteSingleLittleEndian(s[(268 + (4 * i))..], QOffset[i]);
        }

        for (int i = 0; i < 12; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(s[(280 + (4 * i))..], SRow[i]);
        }

        System.Text.Encoding.ASCII.GetBytes(Magic).CopyTo(s[344..]);
        data.CopyTo(s[352..]);
        return b;
    }

    public static byte[] Int16Data(int count, Func<int, short> value)
    {
        var d = new byte[2 * count];
        for (int i = 0; i < count; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(d.AsSpan(2 * i), value(i));
        }

        return d;
    }
}
