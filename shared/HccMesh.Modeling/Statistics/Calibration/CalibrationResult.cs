namespace HccMesh.Modeling.Statistics.Calibration;

/// <summary>
/// Logistic recalibration of predicted probabilities p against outcomes y (lp = logit p):
/// slope and intercept of glm(y ~ lp), calibration-in-the-large = intercept of glm(y ~ 1, offset = lp),
/// Brier score mean((p − y)²), mean prediction and observed event rate.
/// </summary>
public sealed record CalibrationResult(
    double Slope,
    double SlopeStandardError,
    double Intercept,
    double InterceptStandardError,
    double CalibrationInTheLarge,
    double CalibrationInTheLargeStandardError,
    double Brier,
    double MeanPredicted,
    double ObservedRate);
