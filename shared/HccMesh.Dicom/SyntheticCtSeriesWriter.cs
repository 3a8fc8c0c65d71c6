using System.Globalization;
using HccMesh.Imaging;

namespace HccMesh.Dicom;

/// <summary>
/// Writes a HU volume as a CT Image Storage series: one explicit-VR-LE file per slice, signed
/// 16-bit pixels with RescaleSlope 1 and RescaleIntercept -1024, geometry from the volume
/// (ImagePositionPatient of slice k = origin + D·(0, 0, k·spacing_z), ImageOrientationPatient
/// = first two direction columns). The only patient identity written is the synthetic name
/// "PHANTOM^HCCMESH" and ID "PHANTOM-0001". Reading the folder back with
/// <see cref="DicomSeriesReader"/> returns the same voxels and geometry when the direction is
/// right-handed; a left-handed volume is written with its slices in reverse order, so the
/// read-back volume has the same world content with the third axis flipped.
/// </summary>
public static class SyntheticCtSeriesWriter
{
    public const string PatientName = "PHANTOM^HCCMESH";
    public const string PatientId = "PHANTOM-0001";
    public const int RescaleIntercept = -1024;

    /// <summary>Writes the series into <paramref name="folder"/> (created if needed); returns the file paths in slice order.</summary>
    public static IReadOnlyList<string> Write(Volume huVolume, string folder, SyntheticSeriesOptions? options = null)
    {
        options ??= new SyntheticSeriesOptions();
        var g = huVolume.Geometry;
        var d = g.Direction;
        CheckOrthonormal(d);
        double det = (d[0] * ((d[4] * d[8]) - (d[5] * d[7]))) - (d[1] * ((d[3] * d[8]) - (d[5] * d[6]))) + (d[2] * ((d[3] * d[7]) - (d[4] * d[6])));
        bool reversed = det < 0;
        int sliceSize = g.SizeX * g.SizeY;
        var pixels = ToStoredValues(huVolume);

        Directory.CreateDirectory(folder);
        var when = options.StudyDateTime ?? DateTime.UtcNow;
        var study = options.StudyInstanceUid ?? DicomUid.Generate();
        var series = options.SeriesInstanceUid ?? DicomUid.Generate();
        var frame = options.FrameOfReferenceUid ?? DicomUid.Generate();
        var paths = new List<string>(g.SizeZ);
        for (int n = 0; n < g.SizeZ; n++)
        {
            int k = reversed ? g.SizeZ - 1 - n : n;
            var (x, y, z) = g.IndexToPhysical(0, 0, k);
            var ds = SliceHeader(g, options, when, study, series, frame, n, [x, y, z]);
            var bytes = new byte[sliceSize * 2];
            Buffer.BlockCopy(pixels, k * sliceSize * 2, bytes, 0, bytes.Length);
            ds.SetBytes(DicomTags.PixelData, DicomVR.OW, bytes);
            var path = Path.Combine(folder, options.FileName(n));
            DicomWriter.Write(path, ds);
            paths.Add(path);
        }

        return paths;
    }

    private static DicomDataset SliceHeader(ImageGeometry g, SyntheticSeriesOptions o, DateTime when, string study, string series, string frame, int n, double[] position)
    {
        var d = g.Direction;
        var date = when.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var time = when.ToString("HHmmss", CultureInfo.InvariantCulture);
        var ds = new DicomDataset("synthetic slice");
        ds.SetString(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100");
        ds.SetStrings(DicomTags.ImageType, DicomVR.CS, "DERIVED", "SECONDARY", "AXIAL");
        ds.SetString(DicomTags.SopClassUid, DicomVR.UI, DicomUid.CtImageStorage);
        ds.SetString(DicomTags.SopInstanceUid, DicomVR.UI, DicomUid.Generate());
        ds.SetString(DicomTags.StudyDate, DicomVR.DA, date);
        ds.SetString(DicomTags.SeriesDate, DicomVR.DA, date);
        ds.SetString(DicomTags.StudyTime, DicomVR.TM, time);
        ds.SetString(DicomTags.SeriesTime, DicomVR.TM, time);
        ds.SetString(DicomTags.AccessionNumber, DicomVR.SH, "");
        ds.SetString(DicomTags.Modality, DicomVR.CS, "CT");
        ds.SetString(DicomTags.Manufacturer, DicomVR.LO, "HccMesh");
        ds.SetString(DicomTags.ReferringPhysicianName, DicomVR.PN, "");
        ds.SetString(DicomTags.StudyDescription, DicomVR.LO, o.StudyDescription);
        ds.SetString(DicomTags.SeriesDescription, DicomVR.LO, o.SeriesDescription);
        ds.SetString(DicomTags.ManufacturerModelName, DicomVR.LO, "SyntheticCtSeriesWriter");
        ds.SetString(DicomTags.PatientName, DicomVR.PN, PatientName);
        ds.SetString(DicomTags.PatientId, DicomVR.LO, PatientId);
        ds.SetString(DicomTags.PatientBirthDate, DicomVR.DA, "");
        ds.SetString(DicomTags.PatientSex, DicomVR.CS, "O");
        ds.SetString(DicomTags.PatientIdentityRemoved, DicomVR.CS, "YES");
        ds.SetDecimalStrings(DicomTags.SliceThickness, g.Spacing[2]);
        ds.SetDecimalStrings(DicomTags.SpacingBetweenSlices, g.Spacing[2]);
        ds.SetString(DicomTags.StudyInstanceUid, DicomVR.UI, study);
        ds.SetString(DicomTags.SeriesInstanceUid, DicomVR.UI, series);
        ds.SetString(DicomTags.StudyId, DicomVR.SH, "1");
        ds.SetIntegerStrings(DicomTags.SeriesNumber, o.SeriesNumber);
        ds.SetIntegerStrings(DicomTags.AcquisitionNumber, 1);
        ds.SetIntegerStrings(DicomTags.InstanceNumber, n + 1);
        ds.SetDecimalStrings(DicomTags.ImagePositionPatient, position);
        ds.SetDecimalStrings(DicomTags.ImageOrientationPatient, d[0], d[3], d[6], d[1], d[4], d[7]);
        ds.SetString(DicomTags.FrameOfReferenceUid, DicomVR.UI, frame);
        ds.SetString(DicomTags.PositionReferenceIndicator, DicomVR.LO, "");
        ds.SetUInt16(DicomTags.SamplesPerPixel, 1);
        ds.SetString(DicomTags.PhotometricInterpretation, DicomVR.CS, "MONOCHROME2");
        ds.SetUInt16(DicomTags.Rows, (ushort)g.SizeY);
        ds.SetUInt16(DicomTags.Columns, (ushort)g.SizeX);
        ds.SetDecimalStrings(DicomTags.PixelSpacing, g.Spacing[1], g.Spacing[0]);
        ds.SetUInt16(DicomTags.BitsAllocated, 16);
        ds.SetUInt16(DicomTags.BitsStored, 16);
        ds.SetUInt16(DicomTags.HighBit, 15);
        ds.SetUInt16(DicomTags.PixelRepresentation, 1);
        ds.SetDecimalStrings(DicomTags.RescaleIntercept, RescaleIntercept);
        ds.SetDecimalStrings(DicomTags.RescaleSlope, 1);
        ds.SetString(DicomTags.RescaleType, DicomVR.LO, "HU");
        return ds;
    }

    /// <summary>HU - intercept as int16; refuses values that are not integers or do not fit.</summary>
    private static short[] ToStoredValues(Volume volume)
    {
        var v = volume.Voxels;
        var stored = new short[v.Length];
        for (int i = 0; i < v.Length; i++)
        {
            double raw = v[i] - RescaleIntercept;
            if (raw != Math.Floor(raw) || raw < short.MinValue || raw > short.MaxValue)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Voxel {i} has HU {v[i]}; synthetic CT stores integer HU in {short.MinValue + RescaleIntercept}..{short.MaxValue + RescaleIntercept}."), nameof(volume));
            }

            stored[i] = (short)raw;
        }

        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Big-endian hosts are not supported.");
        }

        return stored;
    }

    private static void CheckOrthonormal(double[] d)
    {
        for (int a = 0; a < 3; a++)
        {
            for (int b = a; b < 3; b++)
            {
                double dot = (d[a] * d[b]) + (d[3 + a] * d[3 + b]) + (d[6 + a] * d[6 + b]);
                if (Math.Abs(dot - (a == b ? 1 : 0)) > 1e-6)
                {
                    throw new ArgumentException("DICOM needs an orthonormal direction matrix (ImageOrientationPatient is two unit cosines).");
                }
            }
        }
    }
}
