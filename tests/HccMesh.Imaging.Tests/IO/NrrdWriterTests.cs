using HccMesh.Imaging.IO;
using HccMesh.TestData;

namespace HccMesh.Imaging.Tests.IO;

public class NrrdWriterTests
{
    [Theory]
    [InlineData(PixelType.UInt8, false)]
    [InlineData(PixelType.Int8, true)]
    [InlineData(PixelType.UInt16, false)]
    [InlineData(PixelType.Int16, true)]
    [InlineData(PixelType.UInt32, true)]
    [InlineData(PixelType.Int32, false)]
    [InlineData(PixelType.Float32, true)]
    [InlineData(PixelType.Float64, false)]
    public void Written_volume_reads_back_identically(PixelType type, bool gzip)
    {
        var original = SampleVolume(type);
        using var buffer = new MemoryStream();

        NrrdWriter.Write(original, buffer, gzip);
        buffer.Position = 0;
        var back = NrrdReader.Read(buffer, "roundtrip.nrrd");

        Assert.Equal(type, back.PixelType);
        Assert.Equal(original.Geometry.Size, back.Geometry.Size);
        Assert.Equal(original.Geometry.Spacing, back.Geometry.Spacing);
        Assert.Equal(original.Geometry.Origin, back.Geometry.Origin);
        Assert.Equal(original.Geometry.Direction, back.Geometry.Direction);
        Assert.Equal(original.Voxels, back.Voxels);
    }

    [Fact]
    public void Oblique_geometry_round_trips_to_the_last_bits()
    {
        double c = Math.Cos(0.3), s = Math.Sin(0.3);
        var g = new ImageGeometry(3, 4, 5, [0.7, 0.9, 2.5], [-12.25, 33.1, 7.0], [c, -s, 0, s, c, 0, 0, 0, 1]);
        var original = new Volume(g, PixelType.Float64, Enumerable.Range(0, 60).Select(i => i * 0.1).ToArray());
        using var buffer = new MemoryStream();

        NrrdWriter.Write(original, buffer, gzip: false);
        buffer.Position = 0;
        var back = NrrdReader.Read(buffer, "oblique.nrrd");

        // spacing is recovered as the norm of spacing*direction, as ITK does: exact up to rounding of that product
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(g.Spacing[i], back.Geometry.Spacing[i], 1e-15 * g.Spacing[i]);
        }

        for (int i = 0; i < 9; i++)
        {
            Assert.Equal(g.Direction[i], back.Geometry.Direction[i], 1e-15);
        }

        Assert.Equal(original.Voxels, back.Voxels);
    }

    [TestDataFact]
    public void Brain1_written_to_a_file_and_read_back_is_unchanged()
    {
        var original = NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", "brain1_image.nrrd"));
        string path = Path.Combine(Path.GetTempPath(), $"hccmesh-{Guid.NewGuid():N}.nrrd");
        try
        {
            NrrdWriter.Write(original, path, gzip: true);
            var back = NrrdReader.Read(path);

            Assert.Equal(original.Geometry, back.Geometry, GeometryComparer.Exact);
            Assert.Equal(original.Voxels, back.Voxels);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Volume SampleVolume(PixelType type)
    {
        var g = new ImageGeometry(5, 4, 3, [0.78125, 0.1 + 0.2, 6.499999999999998], [-99.609374999999986, 1e-300, -0.0], [1, 0, 0, 0, -1, 0, 0, 0, -1]);
        var values = new double[60];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = type switch
            {
                PixelType.UInt8 => (i * 37) % 256,
                PixelType.Int8 => ((i * 37) % 256) - 128,
                PixelType.UInt16 => (i * 1237) % 65536,
                PixelType.Int16 => ((i * 1237) % 65536) - 32768,
                PixelType.UInt32 => uint.MaxValue - (uint)i,
                PixelType.Int32 => int.MinValue + i,
                PixelType.Float32 => (float)(Math.PI * (i - 30)),
                _ => Math.PI * (i - 30) / 7.0,
            };
        }

        return new Volume(g, type, values);
    }
}
