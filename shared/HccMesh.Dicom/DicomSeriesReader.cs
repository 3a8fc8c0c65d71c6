using System.Globalization;
using System.Runtime.ExceptionServices;
using HccMesh.Imaging;

namespace HccMesh.Dicom;

/// <summary>
/// Reads the slices of one DICOM series into a <see cref="Volume"/>: values are
/// stored * RescaleSlope + RescaleIntercept (HU for CT), geometry as ITK's GDCM series reader
/// builds it (see <see cref="SliceStackGeometry"/>). Files are grouped by SeriesInstanceUID;
/// files whose UID is empty or missing form one group (anonymised data). Objects without
/// Pixel Data (RTSTRUCT, DICOMDIR, ...) are skipped.
/// PixelType is Int16 when every slope is 1, every intercept an integer and every value fits
/// int16; otherwise Float32, with values rounded to float32. (GDCM/ITK choose by the BitsStored
/// range instead: signed 16-bit stored with intercept -1024 becomes int32 there, a fractional
/// slope double; the voxel values are the same except for the float32 rounding.)
/// Nothing identifying the patient is put in messages or in <see cref="DicomSeriesInfo"/>.
/// </summary>
public static class DicomSeriesReader
{
    /// <summary>Reads every regular file directly in <paramref name="folder"/> (not sub-folders).</summary>
    public static DicomSeries ReadFolder(string folder, DicomSeriesReaderOptions? options = null)
    {
        if (!Directory.Exists(folder))
        {
            throw new DicomSeriesException(folder, "folder does not exist.");
        }

        var files = Directory.GetFiles(folder);
        Array.Sort(files, StringComparer.Ordinal);
        return Read(files, folder, options ?? new DicomSeriesReaderOptions());
    }

    /// <summary>Reads the given files (any order; they are sorted by position).</summary>
    public static DicomSeries Read(IEnumerable<string> files, DicomSeriesReaderOptions? options = null)
    {
        var list = files.ToArray();
        var source = list.Length > 0 ? Path.GetDirectoryName(Path.GetFullPath(list[0])) ?? list[0] : "(no files)";
        return Read(list, source, options ?? new DicomSeriesReaderOptions());
    }

    /// <summary>Builds the series from instances already parsed (e.g. fetched from an object store).</summary>
    public static DicomSeries Read(IEnumerable<DicomFile> instances, string source, DicomSeriesReaderOptions? options = null)
    {
        var parsed = instances.ToList();
        if (parsed.Count == 0)
        {
            throw new DicomSeriesException(source, "no files to read.");
        }

        return Build(parsed, [], source, options ?? new DicomSeriesReaderOptions());
    }

    private static DicomSeries Read(string[] files, string source, DicomSeriesReaderOptions options)
    {
        if (files.Length == 0)
        {
            throw new DicomSeriesException(source, "no files to read.");
        }

        var parsed = ParseAll(files, options, out var skipped);
        return Build(parsed, skipped, source, options);
    }

    private static DicomSeries Build(List<DicomFile> parsed, List<string> skipped, string source, DicomSeriesReaderOptions options)
    {
        var images = new List<DicomFile>();
        foreach (var file in parsed)
        {
            if (file.Dataset.Contains(DicomTags.PixelData))
            {
                images.Add(file);
            }
            else
            {
                skipped.Add(file.Source);
            }
        }

        if (images.Count == 0)
        {
            throw new DicomSeriesException(source, $"none of the {parsed.Count + skipped.Count} files is an image (no Pixel Data).");
        }

        var chosen = ChooseSeries(images, options, source);
        var slices = chosen.Select(DicomSlice.From).ToList();
        var geometry = SliceStackGeometry.Build(slices, options, source, out double sliceSpacing);
        var (voxels, pixelType) = DecodeVoxels(slices, geometry, options);
        var volume = new Volume(geometry, pixelType, voxels);
        return new DicomSeries(volume, DescribeSeries(slices, sliceSpacing, pixelType, skipped));
    }

    private static List<DicomFile> ParseAll(string[] files, DicomSeriesReaderOptions options, out List<string> skipped)
    {
        var parsed = new DicomFile?[files.Length];
        var errors = new DicomFormatException?[files.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallel ? Math.Min(2, Environment.ProcessorCount) : 1 };
        ForEach(files.Length, parallel, i =>
        {
            try
            {
                parsed[i] = DicomFile.Open(files[i]);
            }
            catch (DicomFormatException ex)
            {
                errors[i] = ex;
            }
        });

        skipped = [];
        var result = new List<DicomFile>(files.Length);
        for (int i = 0; i < files.Length; i++)
        {
            if (errors[i] is { } error)
            {
                if (!options.SkipUnreadableFiles)
                {
                    throw error;
                }

                skipped.Add(files[i]);
            }
            else
            {
                result.Add(parsed[i]!);
            }
        }

        return result;
    }

    private static List<DicomFile> ChooseSeries(List<DicomFile> images, DicomSeriesReaderOptions options, string source)
    {
        var groups = images
            .GroupBy(f => f.Dataset.GetString(DicomTags.SeriesInstanceUid) ?? string.Empty, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ToList();
        string Describe() => string.Join(", ", groups.Select(g => $"{DicomSeriesInfo.DisplayUid(g.Key)} ({g.Count()} files)"));

        if (options.SeriesInstanceUid is { } wanted)
        {
            var match = groups.FirstOrDefault(g => g.Key == wanted)
                ?? throw new DicomSeriesException(source, $"series {DicomSeriesInfo.DisplayUid(wanted)} is not among the input's series: {Describe()}.");
            return [.. match];
        }

        if (groups.Count > 1)
        {
            throw new DicomSeriesException(source,
                $"the input holds {groups.Count} series: {Describe()}; choose one with {nameof(DicomSeriesReaderOptions)}.{nameof(DicomSeriesReaderOptions.SeriesInstanceUid)}.");
        }

        return [.. groups[0]];
    }

    private static (double[] Voxels, PixelType PixelType) DecodeVoxels(List<DicomSlice> slices, ImageGeometry geometry, DicomSeriesReaderOptions options)
    {
        int sliceSize = geometry.SizeX * geometry.SizeY;
        var voxels = new double[geometry.VoxelCount];
        var min = new double[slices.Count];
        var max = new double[slices.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallel ? Math.Min(2, Environment.ProcessorCount) : 1 };
        ForEach(slices.Count, parallel, k =>
        {
            var slice = slices[k];
            var target = voxels.AsSpan(k * sliceSize, sliceSize);
            var bytes = DicomPixelDecoder.FrameBytes(slice.File.Dataset, slice.File.TransferSyntax, slice.Pixels, 0);
            DicomPixelDecoder.Decode(bytes, slice.Pixels, target);
            double slope = slice.RescaleSlope, intercept = slice.RescaleIntercept;
            double lo = double.MaxValue, hi = double.MinValue;
            for (int i = 0; i < target.Length; i++)
            {
                double v = (target[i] * slope) + intercept;
                target[i] = v;
                lo = Math.Min(lo, v);
                hi = Math.Max(hi, v);
            }

            min[k] = lo;
            max[k] = hi;
        });

        bool integerRescale = slices.All(s => s.RescaleSlope == 1.0 && s.RescaleIntercept == Math.Floor(s.RescaleIntercept));
        if (integerRescale && min.Min() >= short.MinValue && max.Max() <= short.MaxValue)
        {
            return (voxels, PixelType.Int16);
        }

        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = (float)voxels[i];
        }

        return (voxels, PixelType.Float32);
    }

    private static DicomSeriesInfo DescribeSeries(List<DicomSlice> slices, double sliceSpacing, PixelType pixelType, List<string> skipped)
    {
        var first = slices[0];
        var ds = first.File.Dataset;
        return new DicomSeriesInfo
        {
            StudyInstanceUid = ds.GetString(DicomTags.StudyInstanceUid) ?? string.Empty,
            SeriesInstanceUid = ds.GetString(DicomTags.SeriesInstanceUid) ?? string.Empty,
            FrameOfReferenceUid = ds.GetString(DicomTags.FrameOfReferenceUid) ?? string.Empty,
            Modality = ds.GetString(DicomTags.Modality) ?? string.Empty,
            SeriesDescription = ds.GetString(DicomTags.SeriesDescription),
            SeriesNumber = TryInt(ds, DicomTags.SeriesNumber),
            Manufacturer = ds.GetString(DicomTags.Manufacturer),
            ManufacturerModelName = ds.GetString(DicomTags.ManufacturerModelName),
            BodyPartExamined = ds.GetString(DicomTags.BodyPartExamined),
            ConvolutionKernel = ds.GetString(DicomTags.ConvolutionKernel),
            SliceCount = slices.Count,
            Rows = first.Pixels.Rows,
            Columns = first.Pixels.Columns,
            RowSpacing = first.PixelSpacing[0],
            ColumnSpacing = first.PixelSpacing[1],
            SliceSpacing = sliceSpacing,
            SliceThickness = ds.GetDouble(DicomTags.SliceThickness),
            GantryDetectorTilt = ds.GetDouble(DicomTags.GantryDetectorTilt),
            TransferSyntaxUid = first.File.TransferSyntax.Uid,
            PixelType = pixelType,
            RescaleSlope = first.RescaleSlope,
            RescaleIntercept = first.RescaleIntercept,
            Files = slices.Select(s => s.Path).ToArray(),
            SkippedFiles = skipped,
        };
    }

    /// <summary>Parallel loop that rethrows the first failure itself, not wrapped in an AggregateException.</summary>
    private static void ForEach(int count, ParallelOptions parallel, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, parallel, body);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>Series number is informative only: a malformed IS value must not stop reading.</summary>
    private static int? TryInt(DicomDataset ds, DicomTag tag)
    {
        var text = ds.GetString(tag);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;
    }
}
