using HccMesh.Imaging;

namespace HccMesh.Dicom.Tests;

public class SyntheticCtSeriesWriterTests
{
    [Fact]
    public void Identity_series_round_trips_voxels_and_geometry()
    {
        var volume = Phantom(new ImageGeometry(7, 5, 4, [0.75, 0.8, 2.5], [-10.25, 20.5, -300], ImageGeometry.IdentityDirection));
        using var temp = new TempFolder();
        var folder = temp.Path;

        SyntheticCtSeriesWriter.Write(volume, folder);
        var series = DicomSeriesReader.ReadFolder(folder);

        AssertSameVolume(volume, series.Volume);
        Assert.Equal(PixelType.Int16, series.Volume.PixelType);
        Assert.Equal("CT", series.Info.Modality);
        Assert.Equal(4, series.Info.SliceCount);
    }

    [Fact]
    public void Rotated_series_with_shuffled_file_names_round_trips()
    {
        // Right-handed rotation: 30 deg about z then 20 deg about x, so every cosine is non-trivial.
        double c = Math.Cos(Math.PI / 6), s = Math.Sin(Math.PI / 6), cx = Math.Cos(Math.PI / 9), sx = Math.Sin(Math.PI / 9);
        double[] rz = [c, -s, 0, s, c, 0, 0, 0, 1];
        double[] rx = [1, 0, 0, 0, cx, -sx, 0, sx, cx];
        var direction = Multiply(rx, rz);
        var volume = Phantom(new ImageGeometry(6, 4, 5, [1.25, 0.5, 3], [12.5, -40, 7.25], direction));
        using var temp = new TempFolder();
        var folder = temp.Path;
        var shuffled = new[] { "e.dcm", "a.dcm", "d.dcm", "b.dcm", "c.dcm" };

        SyntheticCtSeriesWriter.Write(volume, folder, new SyntheticSeriesOptions { FileName = k => shuffled[k] });
        var series = DicomSeriesReader.ReadFolder(folder);

        AssertSameVolume(volume, series.Volume);
        Assert.Equal("e.dcm", Path.GetFileName(series.Info.Files[0]));
    }

    [Fact]
    public void Left_handed_volume_is_written_so_world_content_is_kept()
    {
        // LAS-like: y axis flipped, det = -1. Reading back gives a right-handed volume whose slice order is reversed.
        var volume = Phantom(new ImageGeometry(3, 4, 5, [1, 1, 2], [0, 10, -5], [1, 0, 0, 0, -1, 0, 0, 0, 1]));
        using var temp = new TempFolder();
        var folder = temp.Path;

        SyntheticCtSeriesWriter.Write(volume, folder);
        var read = DicomSeriesReader.ReadFolder(folder).Volume;

        Assert.Equal(-1.0, read.Geometry.Direction[8]);
        for (int k = 0; k < 5; k++)
        {
            for (int j = 0; j < 4; j++)
            {
                for (int i = 0; i < 3; i++)
                {
                    var p = volume.Geometry.IndexToPhysical(i, j, k);
                    var (ri, rj, rk) = read.Geometry.PhysicalToContinuousIndex(p.X, p.Y, p.Z);
                    Assert.Equal(volume[i, j, k], read[(int)Math.Round(ri), (int)Math.Round(rj), (int)Math.Round(rk)]);
                }
            }
        }
    }

    [Fact]
    public void Files_carry_valid_uids_and_only_the_phantom_identity()
    {
        var volume = Phantom(new ImageGeometry(2, 2, 3, [1, 1, 1], [0, 0, 0], ImageGeometry.IdentityDirection));
        using var temp = new TempFolder();
        var folder = temp.Path;
        var study = DicomUid.Generate();

        var paths = SyntheticCtSeriesWriter.Write(volume, folder, new SyntheticSeriesOptions { StudyInstanceUid = study, SeriesNumber = 7 });

        var sopUids = new HashSet<string>();
        string? series = null;
        foreach (var path in paths)
        {
            var file = DicomFile.Open(path);
            var ds = file.Dataset;
            Assert.Equal(study, ds.GetString(DicomTags.StudyInstanceUid));
            series ??= ds.GetString(DicomTags.SeriesInstanceUid);
            Assert.Equal(series, ds.GetString(DicomTags.SeriesInstanceUid));
            foreach (var tag in new[] { DicomTags.SopInstanceUid, DicomTags.SeriesInstanceUid, DicomTags.FrameOfReferenceUid })
            {
                var uid = ds.GetString(tag)!;
                Assert.StartsWith("2.25.", uid);
                Assert.True(DicomUid.IsValid(uid), uid);
            }

            Assert.True(sopUids.Add(ds.GetString(DicomTags.SopInstanceUid)!));
            Assert.Equal("PHANTOM^HCCMESH", ds.GetString(DicomTags.PatientName));
            Assert.Equal("PHANTOM-0001", ds.GetString(DicomTags.PatientId));
            Assert.Equal("", ds.GetString(DicomTags.PatientBirthDate));
            Assert.Equal(DicomUid.CtImageStorage, ds.GetString(DicomTags.SopClassUid));
            Assert.Equal(-1024, ds.GetDouble(DicomTags.RescaleIntercept));
            Assert.Equal(1, ds.GetDouble(DicomTags.RescaleSlope));
            Assert.Equal(7, ds.GetInt(DicomTags.SeriesNumber));
            Assert.Equal(DicomTransferSyntax.ExplicitVRLittleEndian, file.TransferSyntax);
        }
    }

    [Fact]
    public void Each_slice_uses_its_own_rescale_intercept()
    {
        var volume = Phantom(new ImageGeometry(3, 2, 3, [1, 1, 1], [0, 0, 0], ImageGeometry.IdentityDirection));
        using var temp = new TempFolder();
        var folder = temp.Path;
        var paths = SyntheticCtSeriesWriter.Write(volume, folder);
        var middle = DicomFile.Open(paths[1]).Dataset;
        middle.SetDecimalStrings(DicomTags.RescaleIntercept, -1000); // same stored values, 24 HU higher
        DicomWriter.Write(paths[1], middle);

        var read = DicomSeriesReader.ReadFolder(folder).Volume;

        Assert.Equal(PixelType.Int16, read.PixelType);
        for (int i = 0; i < 6; i++)
        {
            Assert.Equal(volume.Voxels[i], read.Voxels[i]);
            Assert.Equal(volume.Voxels[6 + i] + 24, read.Voxels[6 + i]);
            Assert.Equal(volume.Voxels[12 + i], read.Voxels[12 + i]);
        }
    }

    [Fact]
    public void Non_integer_or_out_of_range_hu_is_refused()
    {
        var geometry = new ImageGeometry(1, 1, 1, [1, 1, 1], [0, 0, 0], ImageGeometry.IdentityDirection);
        using var temp = new TempFolder();

        Assert.Throws<ArgumentException>(() => SyntheticCtSeriesWriter.Write(new Volume(geometry, PixelType.Float32, [0.5]), temp.Path));
        Assert.Throws<ArgumentException>(() => SyntheticCtSeriesWriter.Write(new Volume(geometry, PixelType.Int32, [40000]), temp.Path));
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    /// <summary>HU values spanning air to bone with a distinct value per voxel.</summary>
    private static Volume Phantom(ImageGeometry geometry)
    {
        var volume = Volume.Zeros(geometry, PixelType.Int16);
        for (int i = 0; i < volume.Voxels.Length; i++)
        {
            volume.Voxels[i] = -1024 + ((i * 37) % 3000);
        }

        return volume;
    }

    private static void AssertSameVolume(Volume expected, Volume actual)
    {
        Assert.Equal(expected.Geometry.Size, actual.Geometry.Size);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(expected.Geometry.Spacing[i], actual.Geometry.Spacing[i], 9);
            Assert.Equal(expected.Geometry.Origin[i], actual.Geometry.Origin[i], 9);
        }

        for (int i = 0; i < 9; i++)
        {
            Assert.Equal(expected.Geometry.Direction[i], actual.Geometry.Direction[i], 12);
        }

        Assert.Equal(expected.Voxels, actual.Voxels);
    }

    private static double[] Multiply(double[] a, double[] b)
    {
        var m = new double[9];
        for (int r = 0; r < 3; r++)
        {
            for (int c = 0; c < 3; c++)
            {
                m[(3 * r) + c] = (a[3 * r] * b[c]) + (a[(3 * r) + 1] * b[3 + c]) + (a[(3 * r) + 2] * b[6 + c]);
            }
        }

        return m;
    }
}
