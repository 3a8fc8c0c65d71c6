namespace HccMesh.Reporting;

/// <summary>
/// Per-phase imaging facts behind the features: the mask's voxel count and volume on the grid the
/// features were computed on (the resampled grid when resampling was applied, else the original),
/// and both voxel spacings (x, y, z) in mm.
/// </summary>
public sealed record PhaseImaging
{
    public required string Phase { get; init; }

    /// <summary>Mask voxels on the grid given by <see cref="GridUsed"/>.</summary>
    public required long MaskVoxelCount { get; init; }

    /// <summary>The mask label that defined the region (a wrong label is the commonest case error, so it is shown).</summary>
    public int? MaskLabel { get; init; }

    /// <summary>MaskVoxelCount × spacing_x × spacing_y × spacing_z / 1000 (mm³ → mL) on that grid.</summary>
    public required double MaskVolumeMl { get; init; }

    /// <summary>"resampled" or "original".</summary>
    public required string GridUsed { get; init; }

    public required IReadOnlyList<double> OriginalSpacingMm { get; init; }

    /// <summary>Null when the image was not resampled.</summary>
    public IReadOnlyList<double>? ResampledSpacingMm { get; init; }

    public static PhaseImaging FromMask(
        string phase, long maskVoxelCount, IReadOnlyList<double> originalSpacingMm, IReadOnlyList<double>? resampledSpacingMm)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maskVoxelCount);
        CheckSpacing(originalSpacingMm, nameof(originalSpacingMm));
        if (resampledSpacingMm is not null)
        {
            CheckSpacing(resampledSpacingMm, nameof(resampledSpacingMm));
        }

        var used = resampledSpacingMm ?? originalSpacingMm;
        return new PhaseImaging
        {
            Phase = phase,
            MaskVoxelCount = maskVoxelCount,
            MaskVolumeMl = maskVoxelCount * used[0] * used[1] * used[2] / 1000.0,
            GridUsed = resampledSpacingMm is null ? "original" : "resampled",
            OriginalSpacingMm = originalSpacingMm,
            ResampledSpacingMm = resampledSpacingMm,
        };
    }

    private static void CheckSpacing(IReadOnlyList<double> spacing, string name)
    {
        if (spacing.Count != 3 || spacing.Any(s => !double.IsFinite(s) || s <= 0))
        {
            throw new ArgumentException("spacing must be three positive finite values (x, y, z) in mm", name);
        }
    }
}
