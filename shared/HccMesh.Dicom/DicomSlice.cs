using System.Globalization;

namespace HccMesh.Dicom;

/// <summary>The per-file facts a series needs: where the slice lies and how to read its pixels.</summary>
internal sealed class DicomSlice
{
    private DicomSlice(DicomFile file, DicomPixelDescription pixels, double[] position, double[] orientation, double[] pixelSpacing, double slope, double intercept)
    {
        File = file;
        Pixels = pixels;
        Position = position;
        Orientation = orientation;
        PixelSpacing = pixelSpacing;
        RescaleSlope = slope;
        RescaleIntercept = intercept;
    }

    public DicomFile File { get; }

    public string Path => File.Source;

    public string Name => System.IO.Path.GetFileName(File.Source);

    public DicomPixelDescription Pixels { get; }

    /// <summary>ImagePositionPatient: LPS centre of the first transmitted pixel (mm).</summary>
    public double[] Position { get; }

    /// <summary>ImageOrientationPatient: row direction cosines then column direction cosines.</summary>
    public double[] Orientation { get; }

    /// <summary>PixelSpacing: row spacing (between rows) then column spacing (between columns).</summary>
    public double[] PixelSpacing { get; }

    public double RescaleSlope { get; }

    public double RescaleIntercept { get; }

    /// <summary>Signed distance along the slice normal, set when the stack is sorted.</summary>
    public double NormalDistance { get; set; }

    public static DicomSlice From(DicomFile file)
    {
        var ds = file.Dataset;
        var pixels = DicomPixelDescription.FromDataset(ds);
        if (pixels.NumberOfFrames != 1)
        {
            throw new DicomFormatException(file.Source, $"multi-frame image ({pixels.NumberOfFrames} frames); the series reader needs one slice per file.");
        }

        DicomPixelDecoder.FrameBytes(ds, file.TransferSyntax, pixels, 0); // refuse compressed, colour or short pixel data before any work

        var position = Numbers(ds, DicomTags.ImagePositionPatient, 3);
        var orientation = Numbers(ds, DicomTags.ImageOrientationPatient, 6);
        var spacing = Numbers(ds, DicomTags.PixelSpacing, 2);
        if (spacing[0] <= 0 || spacing[1] <= 0)
        {
            throw new DicomFormatException(file.Source, $"PixelSpacing {Format(spacing)} is not positive.");
        }

        Normalize(orientation, 0, file.Source);
        Normalize(orientation, 3, file.Source);
        double slope = ds.GetDouble(DicomTags.RescaleSlope) ?? 1.0;
        double intercept = ds.GetDouble(DicomTags.RescaleIntercept) ?? 0.0;
        if (slope == 0)
        {
            throw new DicomFormatException(file.Source, "RescaleSlope (0028,1053) is 0.");
        }

        return new DicomSlice(file, pixels, position, orientation, spacing, slope, intercept);
    }

    public static string Format(double[] values) =>
        "(" + string.Join(", ", values.Select(v => v.ToString("0.######", CultureInfo.InvariantCulture))) + ")";

    private static double[] Numbers(DicomDataset ds, DicomTag tag, int count)
    {
        var values = ds.GetDoubles(tag);
        if (values.Length < count)
        {
            throw new DicomFormatException(ds.Source,
                values.Length == 0
                    ? $"required element {DicomDictionary.Describe(tag)} is missing or empty."
                    : $"element {DicomDictionary.Describe(tag)} has {values.Length} values, {count} needed.");
        }

        return values[..count];
    }

    private static void Normalize(double[] v, int offset, string source)
    {
        double norm = Math.Sqrt((v[offset] * v[offset]) + (v[offset + 1] * v[offset + 1]) + (v[offset + 2] * v[offset + 2]));
        if (norm < 0.5 || norm > 1.5)
        {
            throw new DicomFormatException(source, $"ImageOrientationPatient {Format(v)} does not hold unit direction cosines.");
        }

        for (int i = 0; i < 3; i++)
        {
            v[offset + i] /= norm;
        }
    }
}
