using System.Globalization;
using HccMesh.Imaging;

namespace HccMesh.Dicom;

/// <summary>
/// Orders slices and derives the volume geometry as ITK's GDCM series reader does (learned from
/// ITK Modules/IO/ImageBase/include/itkImageSeriesReader.hxx and Modules/IO/GDCM/src/itkGDCMImageIO.cxx):
/// slices sorted by their position along the normal n = row x column cosines (GDCM's IPP sorter),
/// origin = first slice's ImagePositionPatient, direction columns = (row, column, n) orthonormalised,
/// slice spacing = (last - first) / (count - 1). ITK measures that step as the Euclidean distance
/// first -> last and may take the third direction column from that vector; for a stack that is not
/// sheared (which we require) both are the same. Unlike ITK, which only warns, irregular spacing,
/// duplicates and sheared (gantry-tilted) stacks are refused with the measured values, because a
/// radiomics volume built from them would be geometrically wrong.
/// </summary>
internal static class SliceStackGeometry
{
    private const double DuplicateDistanceMm = 1e-3;

    public static ImageGeometry Build(List<DicomSlice> slices, DicomSeriesReaderOptions options, string source, out double sliceSpacing)
    {
        CheckConsistent(slices, options, source);
        var first = slices[0];
        var o = first.Orientation;
        var (row, column, normal) = OrthonormalAxes(o, source);

        foreach (var slice in slices)
        {
            slice.NormalDistance = Dot(slice.Position, normal);
        }

        slices.Sort((a, b) => a.NormalDistance.CompareTo(b.NormalDistance));
        CheckDuplicates(slices, source);
        CheckNotSheared(slices, normal, options, source);
        sliceSpacing = slices.Count > 1
            ? (slices[^1].NormalDistance - slices[0].NormalDistance) / (slices.Count - 1)
            : SingleSliceSpacing(slices[0]);
        CheckUniformSpacing(slices, sliceSpacing, options, source);

        var origin = (double[])slices[0].Position.Clone();
        double[] direction =
        [
            row[0], column[0], normal[0],
            row[1], column[1], normal[1],
            row[2], column[2], normal[2],
        ];
        var spacing = new[] { first.PixelSpacing[1], first.PixelSpacing[0], sliceSpacing };
        return new ImageGeometry(first.Pixels.Columns, first.Pixels.Rows, slices.Count, spacing, origin, direction);
    }

    private static void CheckConsistent(List<DicomSlice> slices, DicomSeriesReaderOptions options, string source)
    {
        var first = slices[0];
        foreach (var slice in slices)
        {
            if (slice.Pixels.Rows != first.Pixels.Rows || slice.Pixels.Columns != first.Pixels.Columns)
            {
                throw new DicomSeriesException(source,
                    $"slices differ in size: {first.Name} is {first.Pixels.Columns}x{first.Pixels.Rows}, {slice.Name} is {slice.Pixels.Columns}x{slice.Pixels.Rows} (columns x rows).");
            }

            for (int i = 0; i < 6; i++)
            {
                if (Math.Abs(slice.Orientation[i] - first.Orientation[i]) > options.OrientationTolerance)
                {
                    throw new DicomSeriesException(source,
                        $"slices differ in orientation: {first.Name} has ImageOrientationPatient {DicomSlice.Format(first.Orientation)}, " +
                        $"{slice.Name} has {DicomSlice.Format(slice.Orientation)}; a localizer or multi-orientation series cannot form one volume.");
                }
            }

            for (int i = 0; i < 2; i++)
            {
                if (Math.Abs(slice.PixelSpacing[i] - first.PixelSpacing[i]) > 1e-4 * first.PixelSpacing[i])
                {
                    throw new DicomSeriesException(source,
                        $"slices differ in PixelSpacing: {first.Name} has {DicomSlice.Format(first.PixelSpacing)}, {slice.Name} has {DicomSlice.Format(slice.PixelSpacing)}.");
                }
            }
        }
    }

    private static void CheckDuplicates(List<DicomSlice> slices, string source)
    {
        for (int i = 1; i < slices.Count; i++)
        {
            if (slices[i].NormalDistance - slices[i - 1].NormalDistance < DuplicateDistanceMm)
            {
                var a = slices[i - 1];
                var b = slices[i];
                var uidA = a.File.Dataset.GetString(DicomTags.SopInstanceUid) ?? "";
                var uidB = b.File.Dataset.GetString(DicomTags.SopInstanceUid) ?? "";
                var same = uidA.Length > 0 && uidA == uidB ? "the same SOPInstanceUID" : "different SOPInstanceUIDs";
                throw new DicomSeriesException(source, string.Create(CultureInfo.InvariantCulture,
                    $"duplicate slice position: {a.Name} and {b.Name} both lie at {b.NormalDistance:0.###} mm along the slice normal ({same}); remove the duplicate."));
            }
        }
    }

    private static void CheckNotSheared(List<DicomSlice> slices, double[] normal, DicomSeriesReaderOptions options, string source)
    {
        var p0 = slices[0].Position;
        double worst = 0;
        int worstIndex = 0;
        for (int i = 1; i < slices.Count; i++)
        {
            var p = slices[i].Position;
            double[] d = [p[0] - p0[0], p[1] - p0[1], p[2] - p0[2]];
            double along = Dot(d, normal);
            double lateral = Math.Sqrt(Math.Max(0, Dot(d, d) - (along * along)));
            if (lateral > worst)
            {
                worst = lateral;
                worstIndex = i;
            }
        }

        if (worst > options.MaxInPlaneOffsetMm)
        {
            var last = slices[worstIndex];
            double along = last.NormalDistance - slices[0].NormalDistance;
            double angle = Math.Atan2(worst, along) * 180 / Math.PI;
            var tilt = slices[0].File.Dataset.GetDouble(DicomTags.GantryDetectorTilt);
            var tiltText = tilt is null ? "" : string.Create(CultureInfo.InvariantCulture, $", GantryDetectorTilt {tilt:0.##} deg");
            throw new DicomSeriesException(source, string.Create(CultureInfo.InvariantCulture,
                $"sheared slice stack (gantry tilt{tiltText}): {last.Name} is offset {worst:0.###} mm in-plane from {slices[0].Name} over {along:0.###} mm along the slice normal, i.e. the slices advance {angle:0.#} deg off the normal (limit {options.MaxInPlaneOffsetMm} mm). Such a stack is not an orthogonal volume; resample it first (e.g. dcm2niix or ITK tilt correction)."));
        }
    }

    private static void CheckUniformSpacing(List<DicomSlice> slices, double spacing, DicomSeriesReaderOptions options, string source)
    {
        if (slices.Count < 3)
        {
            return;
        }

        double tolerance = options.SliceSpacingRelativeTolerance * spacing;
        double worst = 0;
        int worstIndex = 0;
        double minStep = double.MaxValue, maxStep = 0;
        for (int i = 1; i < slices.Count; i++)
        {
            double step = slices[i].NormalDistance - slices[i - 1].NormalDistance;
            minStep = Math.Min(minStep, step);
            maxStep = Math.Max(maxStep, step);
            if (Math.Abs(step - spacing) > worst)
            {
                worst = Math.Abs(step - spacing);
                worstIndex = i;
            }
        }

        if (worst > tolerance)
        {
            var a = slices[worstIndex - 1];
            var b = slices[worstIndex];
            double step = b.NormalDistance - a.NormalDistance;
            throw new DicomSeriesException(source, string.Create(CultureInfo.InvariantCulture,
                $"irregular slice spacing: steps range {minStep:0.###}..{maxStep:0.###} mm around the mean {spacing:0.###} mm; {a.Name} -> {b.Name} steps {step:0.###} mm (at {a.NormalDistance:0.###} -> {b.NormalDistance:0.###} mm along the normal, tolerance {options.SliceSpacingRelativeTolerance:P1}): a missing slice or a variable-spacing series."));
        }
    }

    /// <summary>
    /// Slice normal = row x column, normalised; then row = column x normal and column = normal x row,
    /// so the direction matrix is exactly orthonormal even when ImageOrientationPatient is rounded
    /// (the orthogonalisation of ITK's GDCMImageIO::InternalReadImageInformation).
    /// </summary>
    private static (double[] Row, double[] Column, double[] Normal) OrthonormalAxes(double[] o, string source)
    {
        double[] row = [o[0], o[1], o[2]];
        double[] column = [o[3], o[4], o[5]];
        var normal = Cross(row, column);
        if (!Normalize(normal))
        {
            throw new DicomSeriesException(source, $"ImageOrientationPatient {DicomSlice.Format(o)} has parallel row and column directions.");
        }

        row = Cross(column, normal);
        Normalize(row);
        column = Cross(normal, row);
        return (row, column, normal);
    }

    private static bool Normalize(double[] v)
    {
        double norm = Math.Sqrt(Dot(v, v));
        if (norm < 1e-3)
        {
            return false;
        }

        for (int i = 0; i < 3; i++)
        {
            v[i] /= norm;
        }

        return true;
    }

    /// <summary>
    /// One slice has no measured step: SpacingBetweenSlices, else 1 mm, as GDCM's ImageHelper gives
    /// ITK (SliceThickness is not used as a spacing).
    /// </summary>
    private static double SingleSliceSpacing(DicomSlice slice)
    {
        var value = slice.File.Dataset.GetDouble(DicomTags.SpacingBetweenSlices);
        return value is > 0 ? value.Value : 1.0;
    }

    private static double Dot(double[] a, double[] b) => (a[0] * b[0]) + (a[1] * b[1]) + (a[2] * b[2]);

    private static double[] Cross(double[] a, double[] b) =>
        [(a[1] * b[2]) - (a[2] * b[1]), (a[2] * b[0]) - (a[0] * b[2]), (a[0] * b[1]) - (a[1] * b[0])];
}
