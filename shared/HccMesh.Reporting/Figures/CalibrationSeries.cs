namespace HccMesh.Reporting.Figures;

/// <summary>Binned calibration of one model or cohort, optionally with a smoothed (lowess) calibration line.</summary>
public sealed record CalibrationSeries(
    string Label, IReadOnlyList<CalibrationPoint> Bins, IReadOnlyList<double>? SmoothX = null, IReadOnlyList<double>? SmoothY = null);
