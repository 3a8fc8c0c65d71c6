using HccMesh.Imaging.IO;

namespace HccMesh.Imaging.Tests.IO;

public class NiftiSyntheticTests
{
    private static readonly byte[] Ramp = NiftiBytes.Int16Data(24, i => (short)(i - 10));

    [Fact]
    public void Without_qform_and_sform_origin_is_zero_and_direction_identity()
    {
        var v = Read(new NiftiBytes().Build(Ramp));

        Assert.Equal(PixelType.Int16, v.PixelType);
        Assert.Equal([4, 3, 2], v.Geometry.Size);
        Assert.Equal([2.0, 3.0, 4.0], v.Geometry.Spacing);
        Assert.Equal([0.0, 0, 0], v.Geometry.Origin);
        Assert.Equal(ImageGeometry.IdentityDirection, v.Geometry.Direction);
        Assert.Equal(Enumerable.Range(0, 24).Select(i => (double)(i - 10)), v.Voxels);
    }

    [Fact]
    public void Sform_in_ras_is_converted_to_lps_by_negating_the_first_two_rows()
    {
        var bytes = new NiftiBytes { SFormCode = 2, SRow = [-2, 0, 0, 10, 0, 3, 0, -20, 0, 0, 4, 30] }.Build(Ramp);

        var v = Read(bytes);

        Assert.Equal([-10.0, 20.0, 30.0], v.Geometry.Origin);
        Assert.Equal([1.0, 0, 0, 0, -1, 0, 0, 0, 1], v.Geometry.Direction);
    }

    [Fact]
    public void Qform_quaternion_gives_a_rotated_direction()
    {
        // 90° about z: quaternion (a, b, c, d) = (cos 45°, 0, 0, sin 45°); qfac +1
        float d = (float)Math.Sin(Math.PI / 4);
        var bytes = new NiftiBytes { QFormCode = 1, Quatern = [0, 0, d], QOffset = [5, 6, 7] }.Build(Ramp);

        var v = Read(bytes);

        // RAS columns i → +y, j → -x; in LPS i → -y, j → +x
        double[] expected = [0, 1, 0, -1, 0, 0, 0, 0, 1];
        for (int k = 0; k < 9; k++)
        {
            Assert.Equal(expected[k], v.Geometry.Direction[k], 1e-6);
        }

        Assert.Equal([-5.0, -6.0, 7.0], v.Geometry.Origin);
    }

    [Fact]
    public void Scanner_anat_sform_wins_over_a_different_qform()
    {
        var bytes = new NiftiBytes { QFormCode = 1, QOffset = [100, 100, 100], SFormCode = 1, SRow = [2, 0, 0, 1, 0, 3, 0, 2, 0, 0, 4, 3] }.Build(Ramp);

        Assert.Equal([-1.0, -2.0, 3.0], Read(bytes).Geometry.Origin);
    }

    [Fact]
    public void Aligned_sform_that_differs_from_the_qform_loses_to_the_qform()
    {
        // ITK: with both codes set and sform_code != SCANNER_ANAT, the sform is used only if it is very similar to the qform
        var bytes = new NiftiBytes { QFormCode = 1, QOffset = [100, 100, 100], SFormCode = 2, SRow = [2, 0, 0, 1, 0, 3, 0, 2, 0, 0, 4, 3] }.Build(Ramp);

        Assert.Equal([-100.0, -100.0, 100.0], Read(bytes).Geometry.Origin);
    }

    [Fact]
    public void Skewed_sform_without_qform_is_refused()
    {
        var bytes = new NiftiBytes { SFormCode = 2, SRow = [2, 1, 0, 0, 0, 3, 0, 0, 0, 0, 4, 0] }.Build(Ramp);

        Assert.Throws<ImageFormatException>(() => Read(bytes));
    }

    [Fact]
    public void Slope_and_intercept_make_an_integer_image_float32()
    {
        var bytes = new NiftiBytes { SclSlope = 0.5f, SclInter = -1024 }.Build(Ramp);

        var v = Read(bytes);

        Assert.Equal(PixelType.Float32, v.PixelType);
        Assert.Equal(Enumerable.Range(0, 24).Select(i => ((i - 10) * 0.5) - 1024), v.Voxels);
    }

    [Theory]
    [InlineData(0f, 0f)]
    [InlineData(1f, 0f)]
    public void Identity_or_zero_slope_keeps_the_stored_type(float slope, float inter)
    {
        var v = Read(new NiftiBytes { SclSlope = slope, SclInter = inter }.Build(Ramp));

        Assert.Equal(PixelType.Int16, v.PixelType);
        Assert.Equal(Enumerable.Range(0, 24).Select(i => (double)(i - 10)), v.Voxels);
    }

    [Fact]
    public void Zero_slope_with_an_intercept_still_adds_the_intercept_as_itk_does()
    {
        // ITK NiftiImageIO replaces slope 0 by 1 and then rescales because the intercept is not 0 (nibabel would not scale)
        var v = Read(new NiftiBytes { SclSlope = 0, SclInter = 5 }.Build(Ramp));

        Assert.Equal(PixelType.Float32, v.PixelType);
        Assert.Equal(Enumerable.Range(0, 24).Select(i => (double)(i - 5)), v.Voxels);
    }

    [Fact]
    public void Gzipped_file_is_read_like_the_plain_one()
    {
        var plain = new NiftiBytes().Build(Ramp);

        var v = Read(CorruptNrrdTests.Gzip(plain));

        Assert.Equal(Read(plain).Voxels, v.Voxels);
    }

    [Fact]
    public void Nifti2_header_is_read()
    {
        var bytes = Nifti2(Ramp);

        var v = Read(bytes);

        Assert.Equal([4, 3, 2], v.Geometry.Size);
        Assert.Equal([0.5, 0.25, 8.0], v.Geometry.Spacing);
        Assert.Equal([-1.5, -2.5, 3.5], v.Geometry.Origin);
        Assert.Equal(Enumerable.Range(0, 24).Select(i => (double)(i - 10)), v.Voxels);
    }

    [Fact]
    public void Truncated_data_is_refused_naming_the_file()
    {
        var bytes = new NiftiBytes().Build(Ramp)[..^3];

        var e = Assert.Throws<ImageFormatException>(() => NiftiReader.Read(new MemoryStream(bytes), "/data/cut.nii"));

        Assert.Contains("cut.nii", e.Message);
    }

    [Fact]
    public void Truncated_gzip_is_refused()
    {
        var gz = CorruptNrrdTests.Gzip(new NiftiBytes().Build(Ramp));

        Assert.Throws<ImageFormatException>(() => Read(gz[..(gz.Length / 2)]));
    }

    [Fact]
    public void Wrong_sizeof_hdr_is_refused()
    {
        var bytes = new NiftiBytes().Build(Ramp);
        bytes[0] = 0x99;

        Assert.Throws<ImageFormatException>(() => Read(bytes));
    }

    [Theory]
    [InlineData("ni1")]
    [InlineData("abc")]
    public void Wrong_or_pair_magic_is_refused(string magic)
    {
        Assert.Throws<ImageFormatException>(() => Read(new NiftiBytes { Magic = magic }.Build(Ramp)));
    }

    [Fact]
    public void Header_that_claims_more_voxels_than_stored_is_refused()
    {
        var bytes = new NiftiBytes { Dim = [3, 400, 300, 200, 1, 1, 1, 1] }.Build(Ramp);

        Assert.Throws<ImageFormatException>(() => Read(bytes));
    }

    [Theory]
    [InlineData(128)]
    [InlineData(32)]
    [InlineData(0)]
    public void Unsupported_datatypes_are_refused(short datatype)
    {
        Assert.Throws<ImageFormatException>(() => Read(new NiftiBytes { DataType = datatype }.Build(Ramp)));
    }

    [Fact]
    public void Four_dimensional_series_is_refused()
    {
        var bytes = new NiftiBytes { Dim = [4, 4, 3, 1, 2, 1, 1, 1] }.Build(Ramp);

        Assert.Throws<ImageFormatException>(() => Read(bytes));
    }

    [Fact]
    public void File_shorter_than_a_header_is_refused()
    {
        Assert.Throws<ImageFormatException>(() => Read(new byte[100]));
        Assert.Throws<ImageFormatException>(() => Read([]));
    }

    private static Volume Read(byte[] bytes) => NiftiReader.Read(new MemoryStream(bytes), "synthetic.nii");

    private static byte[] Nifti2(byte[] data)
    {
        var b = new byte[544 + data.Length];
        var s = b.AsSpan();
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(s, 540);
        "n+2\0\r\n\u001a\n"u8.ToArray().CopyTo(s[4..]);
        System.Buffers.Binary.BinaryPrimitives.WriteInt16LittleEndian(s[12..], 4);
        System.Buffers.Binary.BinaryPrimitives.WriteInt16LittleEndian(s[14..], 16);
        long[] dim = [3, 4, 3, 2, 1, 1, 1, 1];
        double[] pixdim = [1, 0.5, 0.25, 8, 1, 1, 1, 1];
        for (int i = 0; i < 8; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(s[(16 + (8 * i))..], dim[i]);
            System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(s[(104 + (8 * i))..], pixdim[i]);
        }

        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(s[168..], 544);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(s[348..], 2);
        double[] srow = [0.5, 0, 0, 1.5, 0, 0.25, 0, 2.5, 0, 0, 8, 3.5];
        for (int i = 0; i < 12; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(s[(400 + (8 * i))..], srow[i]);
        }

        data.CopyTo(s[544..]);
        return b;
    }
}
