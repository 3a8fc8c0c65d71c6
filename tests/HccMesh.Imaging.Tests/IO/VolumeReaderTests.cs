using HccMesh.Imaging.IO;
using HccMesh.TestData;

namespace HccMesh.Imaging.Tests.IO;

public class VolumeReaderTests
{
    [TestDataTheory]
    [InlineData("pyradiomics", "images", "breast1_image.nrrd")]
    [InlineData("ct", "totalsegmentator", "example_seg.nii.gz")]
    public void Known_extensions_are_dispatched_to_their_reader(string a, string b, string c)
    {
        var v = VolumeReader.Read(TestDataLocation.PathOf(a, b, c));

        Assert.True(v.Voxels.Length > 0);
    }

    [Fact]
    public void Unknown_extension_is_refused()
    {
        var e = Assert.Throws<ImageFormatException>(() => VolumeReader.Read("/tmp/scan.mha"));

        Assert.Contains("scan.mha", e.Message);
    }

    [Fact]
    public void Nifti_bytes_under_a_nrrd_name_are_refused_as_format_error()
    {
        string path = Path.Combine(Path.GetTempPath(), $"hccmesh-{Guid.NewGuid():N}.nrrd");
        try
        {
            File.WriteAllBytes(path, new NiftiBytes().Build(new byte[48]));

            var e = Assert.Throws<ImageFormatException>(() => VolumeReader.Read(path));

            Assert.Contains(Path.GetFileName(path), e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Random_bytes_under_a_nii_gz_name_are_refused_as_format_error()
    {
        string path = Path.Combine(Path.GetTempPath(), $"hccmesh-{Guid.NewGuid():N}.nii.gz");
        try
        {
            var bytes = new byte[2000];
            new Random(7).NextBytes(bytes);
            bytes[0] = 0x1f;
            bytes[1] = 0x8b;
            File.WriteAllBytes(path, bytes);

            Assert.Throws<ImageFormatException>(() => VolumeReader.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
