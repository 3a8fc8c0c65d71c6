namespace HccMesh.Dicom;

/// <summary>Choices and tolerances of <see cref="DicomSeriesReader"/>.</summary>
public sealed record DicomSeriesReaderOptions
{
    /// <summary>The series to read when the input holds several; null reads the only one (files with an empty UID form one group).</summary>
    public string? SeriesInstanceUid { get; init; }

    /// <summary>Largest allowed deviation of one slice step from the mean step, relative to the mean (default 1%).</summary>
    public double SliceSpacingRelativeTolerance { get; init; } = 0.01;

    /// <summary>
    /// Largest allowed in-plane offset (mm) of a slice origin from the line through the first slice
    /// along the slice normal; larger offsets mean a sheared stack (gantry tilt) and are refused.
    /// </summary>
    public double MaxInPlaneOffsetMm { get; init; } = 0.05;

    /// <summary>Largest allowed difference of direction cosines between slices.</summary>
    public double OrientationTolerance { get; init; } = 1e-4;

    /// <summary>When reading a folder, skip files that are not DICOM instead of failing (they are listed in <see cref="DicomSeriesInfo.SkippedFiles"/>).</summary>
    public bool SkipUnreadableFiles { get; init; }

    /// <summary>Read files in parallel (2 threads at most).</summary>
    public bool Parallel { get; init; } = true;
}
