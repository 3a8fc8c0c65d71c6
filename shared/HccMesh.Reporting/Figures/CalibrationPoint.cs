namespace HccMesh.Reporting.Figures;

/// <summary>One calibration bin: mean predicted probability, observed proportion and its confidence interval.</summary>
public sealed record CalibrationPoint(double MeanPredicted, double Observed, double Lower, double Upper);
