namespace HccMesh.Modeling.Statistics.Logistic;

/// <summary>
/// One coefficient of a fitted logistic regression, as R <c>summary(glm(..., binomial))</c> reports it,
/// plus the odds ratio with its Wald 95% interval exp(β ± 1.959963984540054·SE).
/// </summary>
public sealed record LogisticTerm(
    string Name,
    double Beta,
    double StandardError,
    double Z,
    double P,
    double OddsRatio,
    double OddsRatioLower,
    double OddsRatioUpper);
