using HccMesh.Modeling.Statistics.Logistic;

namespace HccMesh.Modeling.Development;

/// <summary>
/// The clinical workflow's three steps: every variable alone (univariate), the survivors together
/// (multivariate), and the refit of the independent factors (multivariate p below the threshold): the clinical model.
/// <see cref="Multivariate"/> is null when nothing survived the screen, <see cref="Model"/> when no factor is independent.
/// </summary>
public sealed record ClinicalSelection(
    UnivariateScreenResult Univariate,
    LogisticRegressionResult? Multivariate,
    IReadOnlyList<string> IndependentFactors,
    LogisticRegressionResult? Model);
