namespace HccMesh.Dicom;

/// <summary>Identity and description of a synthetic CT series; UIDs left null are generated.</summary>
public sealed record SyntheticSeriesOptions
{
    public string? StudyInstanceUid { get; init; }

    public string? SeriesInstanceUid { get; init; }

    public string? FrameOfReferenceUid { get; init; }

    public int SeriesNumber { get; init; } = 1;

    public string SeriesDescription { get; init; } = "HccMesh synthetic CT";

    public string StudyDescription { get; init; } = "HccMesh phantom study";

    /// <summary>Study/series date and time written to the files (defaults to now, UTC).</summary>
    public DateTime? StudyDateTime { get; init; }

    /// <summary>File name of slice k (0 = first along the slice normal); default "slice_0000.dcm".</summary>
    public Func<int, string> FileName { get; init; } = k => $"slice_{k:D4}.dcm";
}
