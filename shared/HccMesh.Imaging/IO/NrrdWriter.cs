using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace HccMesh.Imaging.IO;

/// <summary>
/// Writes a volume as an attached-header NRRD (NRRD0004, LPS space, little-endian, raw or gzip).
/// Numbers are written in round-trip form, so <see cref="NrrdReader"/> gives back the same voxels and,
/// for axis-aligned directions, bit-identical geometry (oblique spacing may differ in the last bit, as with ITK).
/// </summary>
public static class NrrdWriter
{
    public static void Write(Volume volume, string path, bool gzip = true)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(volume, file, gzip);
    }

    public static void Write(Volume volume, Stream destination, bool gzip = true)
    {
        var header = Header(volume, gzip);
        var headerBytes = Encoding.ASCII.GetBytes(header);
        destination.Write(headerBytes);
        if (gzip)
        {
            using var z = new GZipStream(destination, CompressionLevel.Fastest, leaveOpen: true);
            WriteVoxels(volume, z);
        }
        else
        {
            WriteVoxels(volume, destination);
        }

        destination.Flush();
    }

    private static void WriteVoxels(Volume volume, Stream s)
    {
        const int Chunk = 1 << 16;
        int bpv = PixelCodec.BytesPerVoxel(volume.PixelType);
        var buffer = new byte[Chunk * bpv];
        var voxels = volume.Voxels;
        for (int start = 0; start < voxels.Length; start += Chunk)
        {
            int n = Math.Min(Chunk, voxels.Length - start);
            PixelCodec.EncodeLittleEndian(voxels.AsSpan(start, n), volume.PixelType, buffer);
            s.Write(buffer, 0, n * bpv);
        }
    }

    private static string Header(Volume volume, bool gzip)
    {
        var g = volume.Geometry;
        var d = g.Direction;
        var sb = new StringBuilder();
        sb.Append("NRRD0004\n");
        sb.Append("# written by HccMesh\n");
        sb.Append("type: ").Append(TypeName(volume.PixelType)).Append('\n');
        sb.Append("dimension: 3\n");
        sb.Append("space: left-posterior-superior\n");
        sb.Append(CultureInfo.InvariantCulture, $"sizes: {g.SizeX} {g.SizeY} {g.SizeZ}\n");
        sb.Append("space directions:");
        for (int c = 0; c < 3; c++)
        {
            sb.Append(" (").Append(Number(d[c] * g.Spacing[c])).Append(',')
              .Append(Number(d[3 + c] * g.Spacing[c])).Append(',')
              .Append(Number(d[6 + c] * g.Spacing[c])).Append(')');
        }

        sb.Append('\n');
        sb.Append("kinds: domain domain domain\n");
        sb.Append("endian: little\n");
        sb.Append("encoding: ").Append(gzip ? "gzip" : "raw").Append('\n');
        sb.Append("space origin: (").Append(Number(g.Origin[0])).Append(',').Append(Number(g.Origin[1])).Append(',')
          .Append(Number(g.Origin[2])).Append(")\n\n");
        return sb.ToString();
    }

    private static string Number(double v) => (v == 0 ? 0.0 : v).ToString("R", CultureInfo.InvariantCulture);

    private static string TypeName(PixelType t) => t switch
    {
        PixelType.UInt8 => "uint8",
        PixelType.Int8 => "int8",
        PixelType.UInt16 => "uint16",
        PixelType.Int16 => "int16",
        PixelType.UInt32 => "uint32",
        PixelType.Int32 => "int32",
        PixelType.Float32 => "float",
        PixelType.Float64 => "double",
        _ => throw new ArgumentOutOfRangeException(nameof(t), t, "Unknown pixel type."),
    };
}
