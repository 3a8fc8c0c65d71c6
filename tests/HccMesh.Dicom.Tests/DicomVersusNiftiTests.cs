using HccMesh.Imaging;
using HccMesh.Imaging.IO;
using HccMesh.TestData;
using Xunit.Abstractions;

namespace HccMesh.Dicom.Tests;

/// <summary>
/// The same CT published both as a DICOM series and as NIfTI: every DICOM voxel centre must land
/// on a NIfTI voxel centre (compared in LPS world coordinates, as the NIfTI grids may be flipped)
/// and, for images, carry the same value.
/// </summary>
public class DicomVersusNiftiTests(ITestOutputHelper output)
{
    [TestDataFact]
    public void Ibsi_ct_phantom_series_equals_its_nifti_voxel_for_voxel()
    {
        // IBSI 1 CT phantom (PAT1): dicom/image (60 implicit-VR slices) and nifti/image/phantom.nii.gz (float32) (ct/README.md).
        var dicom = DicomSeriesReader.ReadFolder(TestDataLocation.PathOf("ibsi", "ibsi1", "ct_phantom", "dicom", "image")).Volume;
        var nifti = NiftiReader.Read(TestDataLocation.PathOf("ibsi", "ibsi1", "ct_phantom", "nifti", "image", "phantom.nii.gz"));

        var (mismatches, maxOffGrid) = Compare(dicom, nifti, compareValues: true);

        output.WriteLine($"{dicom.Geometry.VoxelCount} voxels, max off-grid {maxOffGrid:E2} index units, {mismatches} value mismatches");
        Assert.Equal(0, mismatches);
        Assert.True(maxOffGrid < 1e-3, $"voxel centres off the NIfTI grid by {maxOffGrid}");
    }

    [TestDataFact]
    public void Ibsi_sarcoma_series_equals_its_nifti_voxel_for_voxel()
    {
        var dicom = DicomSeriesReader.ReadFolder(TestDataLocation.PathOf("ibsi", "validation_sts_019_ct", "image")).Volume;
        var nifti = NiftiReader.Read(TestDataLocation.PathOf("ibsi", "validation_sts_019_ct", "nifti", "CT_image.nii.gz"));

        var (mismatches, maxOffGrid) = Compare(dicom, nifti, compareValues: true);

        output.WriteLine($"{dicom.Geometry.VoxelCount} voxels, max off-grid {maxOffGrid:E2} index units, {mismatches} value mismatches");
        Assert.Equal(0, mismatches);
        Assert.True(maxOffGrid < 1e-3, $"voxel centres off the NIfTI grid by {maxOffGrid}");
    }

    [TestDataFact]
    public void TotalSegmentator_series_lies_on_the_grid_of_the_mask_computed_from_it()
    {
        // example_seg_dicom.nii.gz was computed by TotalSegmentator from this series; its grid is flipped in y and z
        // (ct/README.md). example_ct.nii.gz is a different, 3 mm resampled image, so it cannot be compared voxel-wise.
        var dicom = DicomSeriesReader.ReadFolder(TestDataLocation.PathOf("ct", "totalsegmentator", "example_ct_dicom_uncompressed_DERIVED")).Volume;
        var mask = NiftiReader.Read(TestDataLocation.PathOf("ct", "totalsegmentator", "example_seg_dicom.nii.gz"));

        var (_, maxOffGrid) = Compare(dicom, mask, compareValues: false);

        output.WriteLine($"max off-grid {maxOffGrid:E2} index units");
        Assert.True(maxOffGrid < 1e-3, $"voxel centres off the mask grid by {maxOffGrid}");
        var p = dicom.Geometry.IndexToPhysical(0, 0, 0);
        var (i, j, k) = mask.Geometry.PhysicalToContinuousIndex(p.X, p.Y, p.Z);
        output.WriteLine($"DICOM voxel (0,0,0) is mask voxel ({i:0.###},{j:0.###},{k:0.###})");
        // Rows flipped (j = 511 - row); mask k = 0 is z = -804.5, which is also our first (lowest) slice.
        Assert.Equal(0, i, 6);
        Assert.Equal(511, j, 6);
        Assert.Equal(0, k, 6);
    }

    /// <summary>
    /// Maps every DICOM index to the NIfTI continuous index through world space. The map is affine,
    /// so it is built from the images of the origin and the three unit steps once.
    /// </summary>
    private static (int Mismatches, double MaxOffGrid) Compare(Volume dicom, Volume nifti, bool compareValues)
    {
        Assert.Equal(dicom.Geometry.VoxelCount, nifti.Geometry.VoxelCount);
        var g = dicom.Geometry;
        var o = ToNiftiIndex(dicom, nifti, 0, 0, 0);
        var ex = Subtract(ToNiftiIndex(dicom, nifti, 1, 0, 0), o);
        var ey = Subtract(ToNiftiIndex(dicom, nifti, 0, 1, 0), o);
        var ez = Subtract(ToNiftiIndex(dicom, nifti, 0, 0, 1), o);
        int mismatches = 0;
        double maxOffGrid = 0;
        for (int z = 0; z < g.SizeZ; z++)
        {
            for (int y = 0; y < g.SizeY; y++)
            {
                for (int x = 0; x < g.SizeX; x++)
                {
                    double ci = o[0] + (x * ex[0]) + (y * ey[0]) + (z * ez[0]);
                    double cj = o[1] + (x * ex[1]) + (y * ey[1]) + (z * ez[1]);
                    double ck = o[2] + (x * ex[2]) + (y * ey[2]) + (z * ez[2]);
                    int i = (int)Math.Round(ci), j = (int)Math.Round(cj), k = (int)Math.Round(ck);
                    maxOffGrid = Math.Max(maxOffGrid, Math.Max(Math.Abs(ci - i), Math.Max(Math.Abs(cj - j), Math.Abs(ck - k))));
                    if (i < 0 || j < 0 || k < 0 || i >= nifti.SizeX || j >= nifti.SizeY || k >= nifti.SizeZ)
                    {
                        Assert.Fail($"DICOM voxel ({x},{y},{z}) falls outside the NIfTI grid at ({ci:0.###},{cj:0.###},{ck:0.###}).");
                    }

                    if (compareValues && dicom.Voxels[x + (g.SizeX * (y + (g.SizeY * z)))] != nifti[i, j, k])
                    {
                        mismatches++;
                    }
                }
            }
        }

        return (mismatches, maxOffGrid);
    }

    private static double[] ToNiftiIndex(Volume dicom, Volume nifti, int x, int y, int z)
    {
        var p = dicom.Geometry.IndexToPhysical(x, y, z);
        var (i, j, k) = nifti.Geometry.PhysicalToContinuousIndex(p.X, p.Y, p.Z);
        return [i, j, k];
    }

    private static double[] Subtract(double[] a, double[] b) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
