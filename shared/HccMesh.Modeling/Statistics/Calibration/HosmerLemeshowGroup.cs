namespace HccMesh.Modeling.Statistics.Calibration;

/// <summary>One risk group (Lower, Upper] of the Hosmer–Lemeshow table (the first group is closed).</summary>
public sealed record HosmerLemeshowGroup(
    double Lower,
    double Upper,
    int Count,
    double Observed1,
    double Expected1,
    double Observed0,
    double Expected0);
