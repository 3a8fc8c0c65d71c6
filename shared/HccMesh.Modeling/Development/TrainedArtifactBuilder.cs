using System.Globalization;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Statistics.Logistic;

namespace HccMesh.Modeling.Development;

/// <summary>
/// Writes a developed model as the artifact Scoring loads: the radscore on the raw scale (glmnet's coefficients)
/// or on the standardised scale (coefficient · sample SD, with the training means and SDs), the fitted intercepts
/// (not estimated), and the combined model's training Youden cutoff as the risk cutoff.
/// </summary>
public static class TrainedArtifactBuilder
{
    public static ModelArtifact Build(
        DevelopedModel model, double combinedCutoff, string softwareVersion, DateTimeOffset created, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var spec = model.Spec;
        var standardized = spec.RadscoreScale == FeatureScale.Standardized;
        var training = $"training cohort '{Path.GetFileName(model.TrainingSource)}' ({model.TrainingCount} patients, {model.TrainingEvents} events)";
        var features = model.RadscoreTerms.Select(t => new RadscoreFeature
        {
            Name = t.Feature,
            Phase = t.Phase,
            Coefficient = standardized ? t.StandardizedCoefficient : t.Coefficient,
        }).ToArray();
        var radscore = new RadscoreModel
        {
            FeatureScale = standardized ? FeatureScale.Standardized : FeatureScale.Raw,
            Intercept = standardized ? model.StandardizedRadscoreIntercept : model.RadscoreIntercept,
            Features = features,
            Standardization = standardized
                ? new StandardizationStatistics
                {
                    Source = $"{training}, the LASSO's own training data",
                    CaseCount = model.TrainingCount,
                    SdEstimator = StandardizationStatistics.SampleSdEstimator,
                    Features = model.RadscoreTerms.Select(t => new FeatureStatistics { Name = t.Feature, Phase = t.Phase, Mean = t.Mean, Sd = t.Sd }).ToArray(),
                }
                : null,
        };
        var lambdaName = spec.LambdaRule == LambdaRule.Min ? "lambda.min" : "lambda.1se";
        var folds = model.FoldsGiven
            ? "the cohort's fold ids"
            : $"folds drawn as R's set.seed({spec.Seed}); cv.glmnet(nfolds = {spec.Folds})";
        var icc = model.Icc is null
            ? "no ICC filter (no repeat segmentation given)"
            : $"ICC filter {model.Icc.Form} > {model.Icc.Threshold.ToString(CultureInfo.InvariantCulture)} on {model.Icc.Subjects} repeat segmentations kept {model.Icc.Kept.Count} of {model.Icc.Features.Count} features";
        var provenance =
            $"Developed by HccMesh {softwareVersion} (hccmesh train) on the {training}: {icc}; LASSO logistic regression " +
            $"(cv.glmnet equivalent, {folds}, binomial deviance) over {model.LassoCandidates.Count} features kept {features.Length} at {lambdaName} = " +
            $"{model.Lambda.ToString("R", CultureInfo.InvariantCulture)}; clinical variables screened by univariate logistic regression " +
            $"(p < {spec.UnivariateThreshold.ToString(CultureInfo.InvariantCulture)}), independent factors by multivariate logistic regression " +
            $"(p < {spec.MultivariateThreshold.ToString(CultureInfo.InvariantCulture)}): {Describe(model.Clinical.IndependentFactors)}; " +
            "combined model = independent factors + radscore. Binary clinical variables are coded present = 1, absent = 0.";
        var artifact = new ModelArtifact
        {
            Schema = "schema/model-artifact.schema.json",
            SchemaVersion = ModelArtifactValidator.CurrentSchemaVersion,
            Id = spec.ModelId,
            Version = spec.ModelVersion,
            Created = created,
            SoftwareVersion = softwareVersion,
            Title = title ?? $"Combined clinical-radiomics model developed on {Path.GetFileName(model.TrainingSource)}",
            Provenance = provenance,
            Settings = spec.Settings,
            Flags = [],
            Radscore = radscore,
            ClinicalVariables = model.ClinicalVariables,
            CombinedModel = Logistic(model.Combined, $"multivariate logistic regression on the {training}: independent clinical factors + radscore"),
            ClinicalModel = model.Clinical.Model is null
                ? null
                : Logistic(model.Clinical.Model, $"multivariate logistic regression on the {training}: independent clinical factors"),
            RiskCutoff = new RiskCutoff
            {
                Probability = combinedCutoff,
                AppliesTo = "combined",
                Provenance = $"Youden cutoff (pROC midpoint convention) of the combined model on the {training}",
                Assumed = false,
            },
        };
        artifact = artifact with { Flags = ArtifactFlags.Derive(artifact) };
        ModelArtifactValidator.Validate(artifact);
        return artifact;
    }

    private static string Describe(IReadOnlyList<string> factors) => factors.Count == 0 ? "none" : string.Join(", ", factors);

    private static LogisticModel Logistic(LogisticRegressionResult fit, string source) => new()
    {
        Source = source,
        Intercept = fit[LogisticRegression.InterceptName].Beta,
        InterceptEstimated = false,
        Terms = fit.Terms.Skip(1).Select(t => new ModelTerm { Variable = t.Name, Coefficient = t.Beta, OddsRatio = Math.Exp(t.Beta) }).ToArray(),
    };
}
