using System.Buffers.Binary;

namespace HccMesh.Imaging.IO;

/// <summary>
/// The fields of a NIfTI-1 (348-byte) or NIfTI-2 (540-byte) header that geometry and voxel decoding need.
/// NIfTI-1 single-precision fields are widened to double exactly, so ITK's float arithmetic inputs are kept.
/// Layout: nifti1.h / nifti2.h (NITRC NIfTI reference headers).
/// </summary>
internal sealed class NiftiHeader
{
    public const int Nifti1Size = 348;
    public const int Nifti2Size = 540;

    public int Version { get; private init; }

    public bool BigEndian { get; private init; }

    public long[] Dim { get; } = new long[8];

    public double[] PixDim { get; } = new double[8];

    public int DataType { get; private init; }

    public long VoxOffset { get; private init; }

    public double SclSlope { get; private init; }

    public double SclInter { get; private init; }

    public int XyztUnits { get; private init; }

    public int QFormCode { get; private init; }

    public int SFormCode { get; private init; }

    public double QuaternB { get; private init; }

    public double QuaternC { get; private init; }

    public double QuaternD { get; private init; }

    public double[] QOffset { get; } = new double[3];

    /// <summary>Rows x, y, z of the sform affine, 4 values each (row-major 3x4).</summary>
    public double[] SRow { get; } = new double[12];

    /// <summary>True when the magic says the data follows in the same file ("n+1" / "n+2").</summary>
    public bool SingleFile { get; private init; }

    /// <summary>Parses the first bytes of a NIfTI file; <paramref name="bytes"/> must hold at least 348 bytes (540 for NIfTI-2).</summary>
    public static NiftiHeader Parse(ReadOnlySpan<byte> bytes, string file)
    {
        if (bytes.Length < Nifti1Size)
        {
            throw new ImageFormatException(file, $"file is too short for a NIfTI header ({bytes.Length} bytes).");
        }

        int le = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        int be = BinaryPrimitives.ReadInt32BigEndian(bytes);
        if (le == Nifti1Size || be == Nifti1Size)
        {
            return ParseNifti1(bytes, be == Nifti1Size, file);
        }

        if (le == Nifti2Size || be == Nifti2Size)
        {
            if (bytes.Length < Nifti2Size)
            {
                throw new ImageFormatException(file, "file is too short for a NIfTI-2 header.");
            }

            return ParseNifti2(bytes, be == Nifti2Size, file);
        }

        throw new ImageFormatException(file, "not a NIfTI file (sizeof_hdr is neither 348 nor 540).");
    }

    private static NiftiHeader ParseNifti1(ReadOnlySpan<byte> b, bool big, string file)
    {
        var r = new Reader(b, big);
        string magic = System.Text.Encoding.ASCII.GetString(b.Slice(344, 3));
        if (magic != "n+1" && magic != "ni1")
        {
            throw new ImageFormatException(file, $"NIfTI-1 magic is '{Printable(b.Slice(344, 4))}', not 'n+1' (Analyze 7.5 is not supported).");
        }

        var h = new NiftiHeader
        {
            Version = 1,
            BigEndian = big,
            DataType = r.Int16(70),
            VoxOffset = (long)r.Single(108),
            SclSlope = Finite(r.Single(112)),
            SclInter = Finite(r.Single(116)),
            XyztUnits = b[123],
            QFormCode = r.Int16(252),
            SFormCode = r.Int16(254),
            QuaternB = Finite(r.Single(256)),
            QuaternC = Finite(r.Single(260)),
            QuaternD = Finite(r.Single(264)),
            SingleFile = magic == "n+1",
        };
        for (int i = 0; i < 8; i++)
        {
            h.Dim[i] = r.Int16(40 + (2 * i));
            h.PixDim[i] = r.Single(76 + (4 * i));
        }

        for (int i = 0; i < 3; i++)
        {
            h.QOffset[i] = Finite(r.Single(268 + (4 * i)));
        }

        for (int i = 0; i < 12; i++)
        {
            h.SRow[i] = r.Single(280 + (4 * i));
        }

        return h;
    }

    private static NiftiHeader ParseNifti2(ReadOnlySpan<byte> b, bool big, string file)
    {
        var r = new Reader(b, big);
        if (b[4] != 'n' || (b[5] != '+' && b[5] != 'i') || b[6] != '2' || b[7] != 0)
        {
            throw new ImageFormatException(file, $"NIfTI-2 magic is '{Printable(b.Slice(4, 4))}', not 'n+2'.");
        }

        var h = new NiftiHeader
        {
            Version = 2,
            BigEndian = big,
            DataType = r.Int16(12),
            VoxOffset = r.Int64(168),
            SclSlope = Finite(r.Double(176)),
            SclInter = Finite(r.Double(184)),
            XyztUnits = r.Int32(500),
            QFormCode = r.Int32(344),
            SFormCode = r.Int32(348),
            QuaternB = Finite(r.Double(352)),
            QuaternC = Finite(r.Double(360)),
            QuaternD = Finite(r.Double(368)),
            SingleFile = b[5] == '+',
        };
        for (int i = 0; i < 8; i++)
        {
            h.Dim[i] = r.Int64(16 + (8 * i));
            h.PixDim[i] = r.Double(104 + (8 * i));
        }

        for (int i = 0; i < 3; i++)
        {
            h.QOffset[i] = Finite(r.Double(376 + (8 * i)));
        }

        for (int i = 0; i < 12; i++)
        {
            h.SRow[i] = r.Double(400 + (8 * i));
        }

        return h;
    }

    /// <summary>niftilib's FIXED_FLOAT: a non-finite header float becomes 0.</summary>
    private static double Finite(double v) => double.IsFinite(v) ? v : 0.0;

    private static string Printable(ReadOnlySpan<byte> s)
    {
        var chars = new char[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            chars[i] = s[i] >= 32 && s[i] < 127 ? (char)s[i] : '?';
        }

        return new string(chars);
    }

    private readonly ref struct Reader(ReadOnlySpan<byte> bytes, bool big)
    {
        private readonly ReadOnlySpan<byte> bytes = bytes;

        public short Int16(int at) => big ? BinaryPrimitives.ReadInt16BigEndian(bytes[at..]) : BinaryPrimitives.ReadInt16LittleEndian(bytes[at..]);

        public int Int32(int at) => big ? BinaryPrimitives.ReadInt32BigEndian(bytes[at..]) : BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]);

        public long Int64(int at) => big ? BinaryPrimitives.ReadInt64BigEndian(bytes[at..]) : BinaryPrimitives.ReadInt64LittleEndian(bytes[at..]);

        public float Single(int at) => big ? BinaryPrimitives.ReadSingleBigEndian(bytes[at..]) : BinaryPrimitives.ReadSingleLittleEndian(bytes[at..]);

        public double Double(int at) => big ? BinaryPrimitives.ReadDoubleBigEndian(bytes[at..]) : BinaryPrimitives.ReadDoubleLittleEndian(bytes[at..]);
    }
}
