using System.IO.Compression;

namespace HccMesh.Imaging.IO;

/// <summary>
/// Reads scalar 3-D NIfTI-1 and NIfTI-2 single-file images (.nii, .nii.gz) as ITK's NiftiImageIO does:
/// sform/qform choice and RAS→LPS conversion (first two affine rows negated) in <see cref="NiftiOrientation"/>,
/// spacing from pixdim, and scl_slope/scl_inter applied when slope ≠ 0 and (slope, inter) ≠ (1, 0), which makes
/// integer and float32 images Float32 and keeps float64 images Float64.
/// </summary>
public static class NiftiReader
{
    public static Volume Read(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(file, path);
    }

    public static Volume Read(Stream stream, string nameForErrors)
    {
        try
        {
            var source = OpenPossiblyGzipped(stream);
            return ReadUncompressed(source, nameForErrors);
        }
        catch (EndOfStreamException e)
        {
            throw new ImageFormatException(nameForErrors, "NIfTI data ends before all voxels were read (truncated file).", e);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or OverflowException or ArgumentException
                                      or OutOfMemoryException or NotSupportedException
                                      or IndexOutOfRangeException or InvalidOperationException)
        {
            throw new ImageFormatException(nameForErrors, "cannot read NIfTI data: " + e.Message, e);
        }
    }

    private static Volume ReadUncompressed(Stream source, string file)
    {
        var headerBytes = new byte[NiftiHeader.Nifti2Size];
        int got = ReadAtMost(source, headerBytes, NiftiHeader.Nifti1Size);
        var peek = NiftiHeaderSizeOf(headerBytes.AsSpan(0, got), file);
        if (peek == NiftiHeader.Nifti2Size)
        {
            got += ReadAtMost(source, headerBytes.AsSpan(got), NiftiHeader.Nifti2Size - got);
        }

        var h = NiftiHeader.Parse(headerBytes.AsSpan(0, got), file);
        if (!h.SingleFile)
        {
            throw new ImageFormatException(file, "NIfTI header/image pairs (.hdr/.img) are not supported; use .nii or .nii.gz.");
        }

        var (sx, sy, sz) = Sizes(h, file);
        var diskType = DiskType(h.DataType, file);
        long minimumOffset = h.Version == 1 ? 352 : 544;
        long offset = h.VoxOffset < minimumOffset ? minimumOffset : h.VoxOffset;
        SkipTo(source, got, offset);

        var (spacing, origin, direction) = NiftiOrientation.Geometry(h, file);
        var geometry = new ImageGeometry(sx, sy, sz, spacing, origin, direction);
        var voxels = new double[geometry.VoxelCount];
        PixelCodec.ReadVoxels(source, diskType, h.BigEndian, voxels);
        var type = Rescale(h, diskType, voxels);
        return new Volume(geometry, type, voxels);
    }

    /// <summary>ITK NiftiImageIO::MustRescale and Read: integers are first cast to float, then x·slope + inter is stored in float.</summary>
    private static PixelType Rescale(NiftiHeader h, PixelType diskType, double[] voxels)
    {
        const double Epsilon = 2.220446049250313e-16; // NumericTraits<double>::epsilon()
        double slope = h.SclSlope, inter = h.SclInter;
        if (Math.Abs(slope) < Epsilon)
        {
            slope = 1;
        }

        bool mustRescale = Math.Abs(slope) > Epsilon && (Math.Abs(slope - 1.0) > Epsilon || Math.Abs(inter) > Epsilon);
        if (!mustRescale)
        {
            return diskType;
        }

        if (diskType == PixelType.Float64)
        {
            for (int i = 0; i < voxels.Length; i++)
            {
                voxels[i] = (voxels[i] * slope) + inter;
            }

            return PixelType.Float64;
        }

        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = (float)(((double)(float)voxels[i] * slope) + inter);
        }

        return PixelType.Float32;
    }

    private static (int X, int Y, int Z) Sizes(NiftiHeader h, string file)
    {
        long rank = h.Dim[0];
        if (rank < 1 || rank > 7)
        {
            throw new ImageFormatException(file, $"NIfTI dim[0] is {rank}, not 1..7.");
        }

        var size = new long[8];
        for (int i = 1; i <= 7; i++)
        {
            size[i] = i > rank ? 1 : (h.Dim[i] <= 0 && i > 1 ? 1 : h.Dim[i]);
        }

        if (size[1] <= 0)
        {
            throw new ImageFormatException(file, $"NIfTI dim[1] is {h.Dim[1]}.");
        }

        for (int i = 4; i <= 7; i++)
        {
            if (size[i] != 1)
            {
                throw new ImageFormatException(file, $"only scalar 3-D NIfTI images are supported (dim[{i}] = {size[i]}).");
            }
        }

        if (size[1] > int.MaxValue || size[2] > int.MaxValue || size[3] > int.MaxValue || (double)size[1] * size[2] * size[3] > Array.MaxLength)
        {
            throw new ImageFormatException(file, "NIfTI image is too large.");
        }

        return ((int)size[1], (int)size[2], (int)size[3]);
    }

    private static PixelType DiskType(int datatype, string file) => datatype switch
    {
        2 => PixelType.UInt8,
        4 => PixelType.Int16,
        8 => PixelType.Int32,
        16 => PixelType.Float32,
        64 => PixelType.Float64,
        256 => PixelType.Int8,
        512 => PixelType.UInt16,
        768 => PixelType.UInt32,
        _ => throw new ImageFormatException(file, $"NIfTI datatype {datatype} is not supported (8/16/32-bit integers, float32, float64 are)."),
    };

    private static int NiftiHeaderSizeOf(ReadOnlySpan<byte> first, string file)
    {
        if (first.Length < 4)
        {
            throw new ImageFormatException(file, "file is too short for a NIfTI header.");
        }

        int le = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(first);
        int be = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(first);
        return le == NiftiHeader.Nifti2Size || be == NiftiHeader.Nifti2Size ? NiftiHeader.Nifti2Size : NiftiHeader.Nifti1Size;
    }

    private static Stream OpenPossiblyGzipped(Stream stream)
    {
        var buffered = new BufferedStream(stream, 1 << 16);
        int b0 = buffered.ReadByte();
        int b1 = buffered.ReadByte();
        var prefix = new PrefixedStream([(byte)b0, (byte)b1], b0 < 0 ? 0 : b1 < 0 ? 1 : 2, buffered);
        return b0 == 0x1f && b1 == 0x8b ? new BufferedStream(new GZipStream(prefix, CompressionMode.Decompress), 1 << 16) : prefix;
    }

    private static int ReadAtMost(Stream s, Span<byte> buffer, int count)
    {
        int total = 0;
        while (total < count)
        {
            int n = s.Read(buffer[total..count]);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    private static int ReadAtMost(Stream s, byte[] buffer, int count) => ReadAtMost(s, buffer.AsSpan(), count);

    private static void SkipTo(Stream s, long position, long offset)
    {
        var scratch = new byte[4096];
        while (position < offset)
        {
            int n = (int)Math.Min(scratch.Length, offset - position);
            s.ReadExactly(scratch, 0, n);
            position += n;
        }
    }
}
