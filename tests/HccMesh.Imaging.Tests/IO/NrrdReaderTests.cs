using System.Security.Cryptography;
using HccMesh.Imaging.IO;
using HccMesh.TestData;

namespace HccMesh.Imaging.Tests.IO;

public class NrrdReaderTests
{
    [TestDataFact]
    public void Brain1_image_has_the_documented_geometry()
    {
        var v = NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", "brain1_image.nrrd"));

        // pyradiomics/README.md: int16 256x256x25, 0.78125 x 0.78125 x 6.5, y direction -1
        Assert.Equal(PixelType.Int16, v.PixelType);
        Assert.Equal([256, 256, 25], v.Geometry.Size);
        // baseline diagnostics_Image-original_Spacing (0.7812499999999999, 0.7812499999999999, 6.499999999999998)
        Assert.Equal([0.7812499999999999, 0.7812499999999999, 6.499999999999998], v.Geometry.Spacing);
        Assert.Equal([1.0, 0, 0, 0, -1, 0, 0, 0, 1], v.Geometry.Direction);
        Assert.Equal([-99.609374999999986, 99.609374999999986, -77.999999999999957], v.Geometry.Origin);
    }

    [TestDataTheory]
    [InlineData("brain1", 1)]
    [InlineData("brain2", 5)]
    [InlineData("breast1", 9)]
    public void Image_buffer_hash_equals_the_pyradiomics_baseline(string testCase, int column)
    {
        var v = NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", testCase + "_image.nrrd"));

        string hash = Convert.ToHexStringLower(SHA1.HashData(PixelCodec.ToLittleEndianBytes(v)));

        Assert.Equal(BaselineRow("diagnostics_Image-original_Hash")[column], hash);
    }

    [TestDataTheory]
    [InlineData("brain1", 1)]
    [InlineData("brain2", 5)]
    [InlineData("breast1", 9)]
    [InlineData("lung1", 13)]
    [InlineData("lung2", 17)]
    public void Mask_hash_after_uint32_conversion_equals_the_pyradiomics_baseline(string testCase, int column)
    {
        var m = NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", testCase + "_label.nrrd"));
        var asUInt32 = new Volume(m.Geometry, PixelType.UInt32, m.Voxels);

        string hash = Convert.ToHexStringLower(SHA1.HashData(PixelCodec.ToLittleEndianBytes(asUInt32)));

        Assert.Equal(BaselineRow("diagnostics_Mask-original_Hash")[column], hash);
    }

    [TestDataFact]
    public void Brain1_label_has_the_documented_roi()
    {
        var m = NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", "brain1_label.nrrd"));

        // pyradiomics/README.md: int32, label 1: 4137 voxels, bbox x 162-208, y 84-153, z 11-17
        Assert.Equal(PixelType.Int32, m.PixelType);
        Assert.Equal(4137, m.Voxels.Count(x => x == 1));
        Assert.Equal(new BoundingBox(162, 208, 84, 153, 11, 17), BoundingBox.OfLabel(m, 1));
    }

    [TestDataFact]
    public void Unsigned_short_phantom_with_negative_directions_is_read()
    {
        var v = NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", "prostate_phantom_subvolume.nrrd"));

        Assert.Equal(PixelType.UInt16, v.PixelType);
        Assert.Equal([82, 67, 13], v.Geometry.Size);
        Assert.Equal([0.5, 0.5, 3.0], v.Geometry.Spacing);
        Assert.Equal([-1.0, 0, 0, 0, -1, 0, 0, 0, 1], v.Geometry.Direction);
    }

    [TestDataFact]
    public void Ascii_encoded_ibsi_phantom_is_read()
    {
        var v = NrrdReader.Read(TestDataLocation.PathOf("ibsi", "pyradiomics_ibsi_benchmark", "digital_phantom", "Phantom.nrrd"));

        // ibsi/README.md: 5x4x4, spacings 2 2 2, float, ascii
        Assert.Equal(PixelType.Float32, v.PixelType);
        Assert.Equal([5, 4, 4], v.Geometry.Size);
        Assert.Equal([2.0, 2.0, 2.0], v.Geometry.Spacing);
        Assert.Equal([1.0, 4, 4, 1, 1], v.Voxels[..5]);
    }

    /// <summary>One row of baseline_firstorder.csv split on commas outside quotes (hash rows have no quotes).</summary>
    internal static string[] BaselineRow(string key)
    {
        var path = TestDataLocation.PathOf("pyradiomics", "baseline", "baseline_firstorder.csv");
        var line = File.ReadLines(path).First(l => l.StartsWith(key + ",", StringComparison.Ordinal));
        return line.Split(',');
    }
}
