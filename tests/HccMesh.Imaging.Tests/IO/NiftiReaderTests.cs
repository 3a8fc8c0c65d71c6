using HccMesh.Imaging.IO;
using HccMesh.TestData;
using Xunit.Abstractions;

namespace HccMesh.Imaging.Tests.IO;

public class NiftiReaderTests(ITestOutputHelper output)
{
    [TestDataFact]
    public void TotalSegmentator_dicom_mask_has_366708_liver_voxels_and_a_y_flipped_grid()
    {
        var m = NiftiReader.Read(TestDataLocation.PathOf("ct", "totalsegmentator", "example_seg_dicom.nii.gz"));
        Print(m);

        // ct/README.md: 512x512x20, 0.9766/0.9766/2 mm, uint8, LAS (sform 2), label 5 = liver with 366,708 voxels
        Assert.Equal(PixelType.UInt8, m.PixelType);
        Assert.Equal([512, 512, 20], m.Geometry.Size);
        Assert.Equal(0.9765625, m.Geometry.Spacing[0], 1e-6);
        Assert.Equal(0.9765625, m.Geometry.Spacing[1], 1e-6);
        Assert.Equal(2.0, m.Geometry.Spacing[2], 1e-6);
        Assert.Equal(366_708, m.Voxels.Count(v => v == 5));
        // LAS in RAS+ terms = LPS direction diag(1, -1, 1): the row axis is flipped relative to DICOM
        Assert.Equal([1.0, 0, 0, 0, -1, 0, 0, 0, 1], m.Geometry.Direction);
        // the k = 0 slice is the DICOM instance at z = -804.5 (ct/README.md)
        Assert.Equal(-804.5, m.Geometry.Origin[2], 1e-4);
        Assert.Equal(-249.51171875, m.Geometry.Origin[0], 1e-4);
    }

    [TestDataFact]
    public void TotalSegmentator_ct_is_int32_on_a_3mm_grid()
    {
        var v = NiftiReader.Read(TestDataLocation.PathOf("ct", "totalsegmentator", "example_ct.nii.gz"));
        Print(v);

        // ct/README.md: 122x101x112, 3/3/3 mm, int32, RAS (sform 2)
        Assert.Equal(PixelType.Int32, v.PixelType);
        Assert.Equal([122, 101, 112], v.Geometry.Size);
        Assert.Equal([3.0, 3.0, 3.0], v.Geometry.Spacing);
        // RAS+ → LPS: the first two axes point to -x and -y in LPS
        Assert.Equal([-1.0, 0, 0, 0, -1, 0, 0, 0, 1], v.Geometry.Direction);
    }

    [TestDataFact]
    public void TotalSegmentator_small_ct_and_its_mask_share_one_grid()
    {
        var ct = NiftiReader.Read(TestDataLocation.PathOf("ct", "totalsegmentator", "example_ct_sm.nii.gz"));
        var seg = NiftiReader.Read(TestDataLocation.PathOf("ct", "totalsegmentator", "example_seg.nii.gz"));

        Assert.Equal(PixelType.Int16, ct.PixelType);
        Assert.True(ct.Geometry.SameGridAs(seg.Geometry));
        // ct/README.md: label 5 = liver (38,634 voxels)
        Assert.Equal(38_634, seg.Voxels.Count(v => v == 5));
    }

    [TestDataFact]
    public void Ibsi_digital_phantom_matches_its_nrrd_twin_and_has_a_74_voxel_mask()
    {
        var image = NiftiReader.Read(TestDataLocation.PathOf("ibsi", "ibsi1", "digital_phantom", "nifti", "image", "phantom.nii.gz"));
        var mask = NiftiReader.Read(TestDataLocation.PathOf("ibsi", "ibsi1", "digital_phantom", "nifti", "mask", "mask.nii.gz"));
        var twin = NrrdReader.Read(TestDataLocation.PathOf("ibsi", "pyradiomics_ibsi_benchmark", "digital_phantom", "Phantom.nrrd"));
        Print(image);

        // ibsi/README.md: 5x4x4 voxels of 2x2x2 mm, int16; mask 0/1 with 74 voxels
        Assert.Equal(PixelType.Int16, image.PixelType);
        Assert.Equal([5, 4, 4], image.Geometry.Size);
        Assert.Equal([2.0, 2.0, 2.0], image.Geometry.Spacing);
        Assert.Equal(74, mask.Voxels.Count(v => v == 1));
        Assert.Equal(twin.Voxels, image.Voxels);
    }

    [TestDataFact]
    public void Ibsi_ct_phantom_is_float32_with_a_125256_voxel_mask()
    {
        var image = NiftiReader.Read(TestDataLocation.PathOf("ibsi", "ibsi1", "ct_phantom", "nifti", "image", "phantom.nii.gz"));
        var mask = NiftiReader.Read(TestDataLocation.PathOf("ibsi", "ibsi1", "ct_phantom", "nifti", "mask", "mask.nii.gz"));
        Print(image);

        // ibsi/README.md: float32 HU 204x201x60; uint8 GTV-1 mask of 125,256 voxels
        Assert.Equal(PixelType.Float32, image.PixelType);
        Assert.Equal([204, 201, 60], image.Geometry.Size);
        Assert.True(image.Geometry.SameGridAs(mask.Geometry));
        Assert.Equal(125_256, mask.Voxels.Count(v => v != 0));
    }

    private void Print(Volume v) =>
        output.WriteLine($"{v.PixelType} size {string.Join("x", v.Geometry.Size)} spacing ({string.Join(", ", v.Geometry.Spacing)}) "
            + $"origin ({string.Join(", ", v.Geometry.Origin)}) direction ({string.Join(", ", v.Geometry.Direction)})");
}
