using System.Buffers.Binary;

namespace HccMesh.Imaging.IO;

/// <summary>Converts between the bytes of a pixel type (either endianness) and the double voxels of a <see cref="Volume"/>.</summary>
public static class PixelCodec
{
    public static int BytesPerVoxel(PixelType type) => type switch
    {
        PixelType.UInt8 or PixelType.Int8 => 1,
        PixelType.UInt16 or PixelType.Int16 => 2,
        PixelType.UInt32 or PixelType.Int32 or PixelType.Float32 => 4,
        PixelType.Float64 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown pixel type."),
    };

    /// <summary>Decodes <c>bytes.Length / BytesPerVoxel</c> values into <paramref name="destination"/>.</summary>
    public static void Decode(ReadOnlySpan<byte> bytes, PixelType type, bool bigEndian, Span<double> destination)
    {
        int n = bytes.Length / BytesPerVoxel(type);
        switch (type)
        {
            case PixelType.UInt8:
                for (int i = 0; i < n; i++) { destination[i] = bytes[i]; }
                break;
            case PixelType.Int8:
                for (int i = 0; i < n; i++) { destination[i] = (sbyte)bytes[i]; }
                break;
            case PixelType.UInt16:
                for (int i = 0; i < n; i++)
                {
                    var s = bytes.Slice(2 * i, 2);
                    destination[i] = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(s) : BinaryPrimitives.ReadUInt16LittleEndian(s);
                }

                break;
            case PixelType.Int16:
                for (int i = 0; i < n; i++)
                {
                    var s = bytes.Slice(2 * i, 2);
                    destination[i] = bigEndian ? BinaryPrimitives.ReadInt16BigEndian(s) : BinaryPrimitives.ReadInt16LittleEndian(s);
                }

                break;
            case PixelType.UInt32:
                for (int i = 0; i < n; i++)
                {
                    var s = bytes.Slice(4 * i, 4);
                    destination[i] = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(s) : BinaryPrimitives.ReadUInt32LittleEndian(s);
                }

                break;
            case PixelType.Int32:
                for (int i = 0; i < n; i++)
                {
                    var s = bytes.Slice(4 * i, 4);
                    destination[i] = bigEndian ? BinaryPrimitives.ReadInt32BigEndian(s) : BinaryPrimitives.ReadInt32LittleEndian(s);
                }

                break;
            case PixelType.Float32:
                for (int i = 0; i < n; i++)
                {
                    var s = bytes.Slice(4 * i, 4);
                    destination[i] = bigEndian ? BinaryPrimitives.ReadSingleBigEndian(s) : BinaryPrimitives.ReadSingleLittleEndian(s);
                }

                break;
            case PixelType.Float64:
                for (int i = 0; i < n; i++)
                {
                    var s = bytes.Slice(8 * i, 8);
                    destination[i] = bigEndian ? BinaryPrimitives.ReadDoubleBigEndian(s) : BinaryPrimitives.ReadDoubleLittleEndian(s);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown pixel type.");
        }
    }

    /// <summary>Encodes values as little-endian bytes of <paramref name="type"/> (values must be representable).</summary>
    public static void EncodeLittleEndian(ReadOnlySpan<double> values, PixelType type, Span<byte> destination)
    {
        int n = values.Length;
        switch (type)
        {
            case PixelType.UInt8:
                for (int i = 0; i < n; i++) { destination[i] = (byte)values[i]; }
                break;
            case PixelType.Int8:
                for (int i = 0; i < n; i++) { destination[i] = (byte)(sbyte)values[i]; }
                break;
            case PixelType.UInt16:
                for (int i = 0; i < n; i++) { BinaryPrimitives.WriteUInt16LittleEndian(destination.Slice(2 * i, 2), (ushort)values[i]); }
                break;
            case PixelType.Int16:
                for (int i = 0; i < n; i++) { BinaryPrimitives.WriteInt16LittleEndian(destination.Slice(2 * i, 2), (short)values[i]); }
                break;
            case PixelType.UInt32:
                for (int i = 0; i < n; i++) { BinaryPrimitives.WriteUInt32LittleEndian(destination.Slice(4 * i, 4), (uint)values[i]); }
                break;
            case PixelType.Int32:
                for (int i = 0; i < n; i++) { BinaryPrimitives.WriteInt32LittleEndian(destination.Slice(4 * i, 4), (int)values[i]); }
                break;
            case PixelType.Float32:
                for (int i = 0; i < n; i++) { BinaryPrimitives.WriteSingleLittleEndian(destination.Slice(4 * i, 4), (float)values[i]); }
                break;
            case PixelType.Float64:
                for (int i = 0; i < n; i++) { BinaryPrimitives.WriteDoubleLittleEndian(destination.Slice(8 * i, 8), values[i]); }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown pixel type.");
        }
    }

    /// <summary>The whole voxel buffer as little-endian bytes of the volume's pixel type (what PyRadiomics hashes).</summary>
    public static byte[] ToLittleEndianBytes(Volume volume)
    {
        var bytes = new byte[volume.Voxels.LongLength * BytesPerVoxel(volume.PixelType)];
        EncodeLittleEndian(volume.Voxels, volume.PixelType, bytes);
        return bytes;
    }

    /// <summary>
    /// Reads exactly <c>destination.Length</c> voxels from <paramref name="source"/> in chunks (no full byte copy of the image).
    /// Throws <see cref="EndOfStreamException"/> when the stream ends early.
    /// </summary>
    public static void ReadVoxels(Stream source, PixelType type, bool bigEndian, double[] destination)
    {
        int bpv = BytesPerVoxel(type);
        const int ChunkVoxels = 1 << 16;
        var buffer = new byte[ChunkVoxels * bpv];
        long done = 0;
        while (done < destination.LongLength)
        {
            int count = (int)Math.Min(ChunkVoxels, destination.LongLength - done);
            source.ReadExactly(buffer, 0, count * bpv);
            Decode(buffer.AsSpan(0, count * bpv), type, bigEndian, destination.AsSpan((int)done, count));
            done += count;
        }
    }
}
