namespace HccMesh.Modeling.Statistics.Logistic;

/// <summary>Univariate fits per candidate and the names that passed the p-value threshold.</summary>
public sealed record UnivariateScreenResult(
    IReadOnlyDictionary<string, LogisticRegressionResult> Fits,
    IReadOnlyList<string> Selected,
    double Threshold);
