namespace HccMesh.Modeling.Statistics.Calibration;

/// <summary>Hosmer–Lemeshow goodness-of-fit test: χ² over both outcome columns, df = g − 2.</summary>
public sealed record HosmerLemeshowResult(
    double ChiSquare,
    int DegreesOfFreedom,
    double PValue,
    int RequestedGroups,
    IReadOnlyList<double> Breaks,
    IReadOnlyList<HosmerLemeshowGroup> Groups);
