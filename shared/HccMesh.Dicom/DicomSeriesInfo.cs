using System.Globalization;
using HccMesh.Imaging;

namespace HccMesh.Dicom;

/// <summary>
/// What a series is, without any patient identifier: safe to log. Spacing and thickness in mm.
/// </summary>
public sealed record DicomSeriesInfo
{
    public required string StudyInstanceUid { get; init; }

    public required string SeriesInstanceUid { get; init; }

    public required string FrameOfReferenceUid { get; init; }

    public required string Modality { get; init; }

    public string? SeriesDescription { get; init; }

    public int? SeriesNumber { get; init; }

    public string? Manufacturer { get; init; }

    public string? ManufacturerModelName { get; init; }

    public string? BodyPartExamined { get; init; }

    public string? ConvolutionKernel { get; init; }

    public required int SliceCount { get; init; }

    public required int Rows { get; init; }

    public required int Columns { get; init; }

    /// <summary>PixelSpacing (0028,0030) first value: distance between rows (the y spacing).</summary>
    public required double RowSpacing { get; init; }

    /// <summary>PixelSpacing second value: distance between columns (the x spacing).</summary>
    public required double ColumnSpacing { get; init; }

    /// <summary>Step between slice centres measured from the sorted positions ((last - first) / (n - 1)).</summary>
    public required double SliceSpacing { get; init; }

    public double? SliceThickness { get; init; }

    public double? GantryDetectorTilt { get; init; }

    public required string TransferSyntaxUid { get; init; }

    public required PixelType PixelType { get; init; }

    public required double RescaleSlope { get; init; }

    public required double RescaleIntercept { get; init; }

    /// <summary>The files in slice order (index z).</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>Files that were not used: non-image objects (no Pixel Data) and, if allowed, unreadable files.</summary>
    public IReadOnlyList<string> SkippedFiles { get; init; } = [];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Modality} series {DisplayUid(SeriesInstanceUid)} #{SeriesNumber} '{SeriesDescription}': {Columns}x{Rows}x{SliceCount}, {ColumnSpacing}/{RowSpacing}/{SliceSpacing} mm, thickness {SliceThickness}, {Manufacturer} {ManufacturerModelName}, {PixelType}");

    internal static string DisplayUid(string uid) => uid.Length == 0 ? "(empty UID)" : uid;
}
