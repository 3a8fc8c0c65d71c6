using System.IO.Compression;
using System.Text;
using HccMesh.Imaging.IO;

namespace HccMesh.Imaging.Tests.IO;

public class CorruptNrrdTests
{
    private const string Header = "NRRD0004\ntype: short\ndimension: 3\nsizes: 4 3 2\nspace: left-posterior-superior\n"
        + "space directions: (1,0,0) (0,1,0) (0,0,1)\nendian: little\nencoding: {0}\nspace origin: (0,0,0)\n\n";

    [Fact]
    public void Valid_raw_bytes_are_read_as_a_control()
    {
        var v = NrrdReader.Read(new MemoryStream(Build("raw", new byte[48])), "control.nrrd");

        Assert.Equal(24, v.Voxels.Length);
    }

    [Fact]
    public void Wrong_magic_is_refused_naming_the_file()
    {
        var bytes = Encoding.ASCII.GetBytes("PNG\r\nnot a nrrd");

        var e = Assert.Throws<ImageFormatException>(() => NrrdReader.Read(new MemoryStream(bytes), "/tmp/wrong-magic.nrrd"));

        Assert.Contains("wrong-magic.nrrd", e.Message);
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        Assert.Throws<ImageFormatException>(() => NrrdReader.Read(new MemoryStream([]), "empty.nrrd"));
    }

    [Fact]
    public void Raw_data_shorter_than_the_sizes_say_is_refused()
    {
        var bytes = Build("raw", new byte[47]);

        var e = Assert.Throws<ImageFormatException>(() => NrrdReader.Read(new MemoryStream(bytes), "short.nrrd"));

        Assert.Contains("short.nrrd", e.Message);
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void Truncated_gzip_stream_is_refused()
    {
        var full = Build("gzip", Gzip(Enumerable.Range(0, 48).Select(i => (byte)(i * 7)).ToArray()));
        var cut = full[..^10];

        Assert.Throws<ImageFormatException>(() => NrrdReader.Read(new MemoryStream(cut), "cut.nrrd"));
    }

    [Fact]
    public void Gzip_holding_fewer_bytes_than_the_header_claims_is_refused()
    {
        var bytes = Build("gzip", Gzip(new byte[20]));

        Assert.Throws<ImageFormatException>(() => NrrdReader.Read(new MemoryStream(bytes), "lying.nrrd"));
    }

    [Fact]
    public void Garbage_after_a_gzip_header_is_refused()
    {
        var payload = Gzip(new byte[48]);
        for (int i = 12; i < payload.Length - 8; i++)
        {
            payload[i] ^= 0x5A;
        }

        Assert.Throws<ImageFormatException>(() => NrrdReader.Read(new MemoryStream(Build("gzip", payload)), "garbled.nrrd"));
    }

    [Theory]
    [InlineData("NRRD0004\ntype: short\ndimension: 3\nsizes: 4 3\nencoding: raw\n\n")]
    [InlineData("NRRD0004\ntype: long long\ndimension: 3\nsizes: 4 3 2\nencoding: raw\n\n")]
    [InlineData("NRRD0004\ntype: short\ndimension: 3\nsizes: 4 -3 2\nencoding: raw\n\n")]
    [InlineData("NRRD0004\ntype: short\ndimension: 3\nsizes: 4 3 2\nencoding: bzip2\n\n")]
    [InlineData("NRRD0004\ntype: short\ndimension: 3\nsizes: 4 3 2\nspace directions: (1,0,0) (0,1,0\nencoding: raw\n\n")]
    [InlineData("NRRD0004\ntype: short\ndimension: 3\nsizes: 4 3 2\nspace directions: (1,0,0) (1,0,0) (0,0,1)\nencoding: raw\n\n")]
    [InlineData("NRRD0004\ntype: short\ndimension: 3\nsizes: 4 3 2\nencoding: raw\nno colon here\n\n")]
    [InlineData("NRRD0004\ndimension: 3\nsizes: 4 3 2\nencoding: raw\n\n")]
    [InlineData("NRRD0004\ntype: short\ndimension: 3\nsizes: 4 3 2\nencoding: raw\n")]
    [InlineData("NRRD0004\ntype: short\ndimension: 3\nsizes: 4 3 2\nencoding: raw\ndata file: does-not-exist.raw\n")]
    [InlineData("NRRD0004\ntype: short\ndimension: 3\nsizes: 99999 99999 99999\nencoding: raw\n\n")]
    [InlineData("NRRD0004\ntype: short\ndimension: 3\nsizes: 3 4 2\nkinds: RGB-color domain domain\nencoding: raw\n\n")]
    [InlineData("NRRD0004\ntype: short\ndimension: 3\nsizes: 4 3 2\nkinds: domain domain\nencoding: raw\n\n")]
    [InlineData("NRRD0004\ntype: short\ndimension: 3\nsizes: 4 3 2\nbyte skip: \nencoding: raw\n\n")]
    [InlineData("NRRD0004\ntype: short\ndimension: 3 3\nsizes: 4 3 2\nencoding: raw\n\n")]
    [InlineData("NRRD0004\ntype: short\ndimension: 3\nsizes: 4 3 2\nspace origin: (1,2)\nencoding: raw\n\n")]
    [InlineData("NRRD0004\ntype: short\ndimension: 3\nsizes: 4 3 2\nspace: right-anterior-superior-time\nencoding: raw\n\n")]
    public void Malformed_headers_are_refused_with_an_image_format_error(string header)
    {
        var bytes = Encoding.ASCII.GetBytes(header).Concat(new byte[48]).ToArray();

        var e = Assert.Throws<ImageFormatException>(() => NrrdReader.Read(new MemoryStream(bytes), "bad-header.nrrd"));

        Assert.Contains("bad-header.nrrd", e.Message);
    }

    [Fact]
    public void A_single_sample_vector_axis_is_dropped()
    {
        var header = "NRRD0004\ntype: short\ndimension: 4\nsizes: 1 4 3 2\nkinds: vector domain domain domain\n"
            + "space directions: none (1,0,0) (0,1,0) (0,0,1)\nendian: little\nencoding: raw\n\n";
        var bytes = Encoding.ASCII.GetBytes(header).Concat(new byte[48]).ToArray();

        var v = NrrdReader.Read(new MemoryStream(bytes), "vector1.nrrd");

        Assert.Equal([4, 3, 2], v.Geometry.Size);
    }

    [Fact]
    public void Detached_header_reads_its_data_file_beside_it()
    {
        string dir = Directory.CreateTempSubdirectory("hccmesh-nhdr").FullName;
        try
        {
            var data = Enumerable.Range(0, 24).SelectMany(i => BitConverter.GetBytes((short)(i - 5))).ToArray();
            File.WriteAllBytes(Path.Combine(dir, "v.raw"), data);
            File.WriteAllText(Path.Combine(dir, "v.nhdr"), "NRRD0005\ntype: int16\ndimension: 3\nsizes: 4 3 2\n"
                + "space: right-anterior-superior\nspace directions: (2,0,0) (0,3,0) (0,0,4)\nendian: little\nencoding: raw\n"
                + "space origin: (10,20,30)\ndata file: v.raw\n");

            var v = NrrdReader.Read(Path.Combine(dir, "v.nhdr"));

            Assert.Equal(Enumerable.Range(0, 24).Select(i => (double)(i - 5)), v.Voxels);
            Assert.Equal([2.0, 3.0, 4.0], v.Geometry.Spacing);
            // RAS → LPS: x and y of origin and directions negated (ITK NrrdImageIO)
            Assert.Equal([-10.0, -20.0, 30.0], v.Geometry.Origin);
            Assert.Equal([-1.0, 0, 0, 0, -1, 0, 0, 0, 1], v.Geometry.Direction);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Big_endian_raw_data_is_decoded()
    {
        var header = Header.Replace("endian: little", "endian: big", StringComparison.Ordinal);
        var data = Enumerable.Range(0, 24).SelectMany(i => new byte[] { (byte)(((i * 300) >> 8) & 0xFF), (byte)((i * 300) & 0xFF) }).ToArray();
        var bytes = Encoding.ASCII.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, header, "raw")).Concat(data).ToArray();

        var v = NrrdReader.Read(new MemoryStream(bytes), "be.nrrd");

        Assert.Equal(Enumerable.Range(0, 24).Select(i => (double)(short)(i * 300)), v.Voxels);
    }

    internal static byte[] Gzip(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var z = new GZipStream(ms, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(data);
        }

        return ms.ToArray();
    }

    private static byte[] Build(string encoding, byte[] payload) =>
        Encoding.ASCII.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, Header, encoding)).Concat(payload).ToArray();
}
