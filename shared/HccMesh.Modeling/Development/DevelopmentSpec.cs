using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Statistics.Reliability;

namespace HccMesh.Modeling.Development;

/// <summary>
/// How to run the paper's model-development workflow on a training cohort: ICC filter (when repeat
/// segmentations are given), LASSO logistic regression with k-fold cross-validation → radscore, univariate then
/// multivariate clinical logistic regression, and the combined model of the independent clinical factors and the
/// radscore.
/// </summary>
public sealed record DevelopmentSpec
{
    /// <summary>Model id of the artifact written (lower-case kebab).</summary>
    public required string ModelId { get; init; }

    public required string ModelVersion { get; init; }

    /// <summary>The radiomics parameter file the features were extracted with (recorded in the artifact).</summary>
    public required SettingsReference Settings { get; init; }

    /// <summary>Number of cross-validation folds, used when the cohort carries no fold ids.</summary>
    public int Folds { get; init; } = 10;

    /// <summary>
    /// Seed of R's Mersenne-Twister for the fold assignment: the same folds as
    /// <c>set.seed(Seed); cv.glmnet(x, y, nfolds = Folds)</c>.
    /// </summary>
    public int Seed { get; init; } = 1;

    public LambdaRule LambdaRule { get; init; } = LambdaRule.Min;

    /// <summary>Wald p below which a clinical variable survives the univariate screen (the paper: 0.05).</summary>
    public double UnivariateThreshold { get; init; } = 0.05;

    /// <summary>Wald p below which a screened variable is an independent factor in the multivariate model.</summary>
    public double MultivariateThreshold { get; init; } = 0.05;

    /// <summary>Scale of the radscore coefficients written: "raw" (as glmnet reports them) or "standardized".</summary>
    public string RadscoreScale { get; init; } = FeatureScale.Raw;

    /// <summary>ICC form for the repeat-segmentation filter.</summary>
    public IccForm IccForm { get; init; } = IccForm.Icc2;

    /// <summary>Features are kept when their ICC is strictly greater than this (the paper: 0.75).</summary>
    public double IccThreshold { get; init; } = IccFilter.PaperThreshold;

    /// <summary>Phase of feature columns without a phase prefix.</summary>
    public string DefaultPhase { get; init; } = Phases.Portal;

    /// <summary>Number of bins of the calibration curves.</summary>
    public int CalibrationBins { get; init; } = 10;
}
