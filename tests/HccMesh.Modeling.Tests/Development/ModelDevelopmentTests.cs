using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Development;
using HccMesh.Modeling.Scoring;
using HccMesh.Modeling.Statistics.Lasso;
using HccMesh.Modeling.Statistics.Logistic;
using HccMesh.Modeling.Statistics.Sampling;

namespace HccMesh.Modeling.Tests.Development;

public sealed class ModelDevelopmentTests
{
    private static readonly Lazy<(DevelopedModel Model, HccMesh.Modeling.Cohorts.CohortData Data)> Developed = new(() =>
    {
        var data = DevelopmentCohort.Select(DevelopmentCohort.Table(160, seed: 11));
        return (ModelDevelopment.Run(data, Spec(), DevelopmentCohort.Variables), data);
    });

    private static DevelopmentSpec Spec(string scale = FeatureScale.Raw) => new()
    {
        ModelId = "test-model",
        ModelVersion = "1.0.0",
        Settings = new SettingsReference { FileName = "paper-hcc.yaml" },
        RadscoreScale = scale,
    };

    [Fact]
    public void Folds_are_drawn_as_cv_glmnet_draws_them_with_the_seed()
    {
        var (model, data) = Developed.Value;
        Assert.False(model.FoldsGiven);
        Assert.Equal(CrossValidationFolds.LikeCvGlmnet(data.Count, 10, 1), model.Folds);
    }

    [Fact]
    public void The_radscore_is_the_lasso_linear_predictor_at_lambda_min()
    {
        var (model, data) = Developed.Value;
        var cv = LassoCrossValidation.Run(data.Features, data.Outcome, model.Folds);
        Assert.Equal(cv.Deviance.IndexMin, model.LambdaIndex);
        var expected = cv.FullPath.LinearPredictor(data.Features, cv.Deviance.IndexMin);
        var radscore = model.Radscore(data);
        for (var i = 0; i < data.Count; i++)
        {
            Assert.Equal(expected[i], radscore[i], 1e-12);
        }

        Assert.NotEmpty(model.RadscoreTerms);
        Assert.All(model.RadscoreTerms, t => Assert.Equal("portal", t.Phase));
    }

    [Fact]
    public void Standardised_coefficients_give_the_same_radscore_as_raw_ones()
    {
        var (model, data) = Developed.Value;
        foreach (var i in new[] { 0, 17, 93 })
        {
            var standardized = model.StandardizedRadscoreIntercept;
            foreach (var t in model.RadscoreTerms)
            {
                standardized += t.StandardizedCoefficient * ((data.FeatureColumn(t.Column)[i] - t.Mean) / t.Sd);
            }

            Assert.Equal(model.Radscore(data)[i], standardized, 1e-10);
        }
    }

    [Fact]
    public void Radscore_terms_carry_the_training_mean_and_sample_sd()
    {
        var (model, data) = Developed.Value;
        foreach (var t in model.RadscoreTerms)
        {
            var column = data.FeatureColumn(t.Column);
            var mean = column.Average();
            var sd = Math.Sqrt(column.Sum(v => (v - mean) * (v - mean)) / (column.Length - 1));
            Assert.Equal(mean, t.Mean, 1e-9 * Math.Abs(mean));
            Assert.Equal(sd, t.Sd, 1e-9 * sd);
        }
    }

    [Fact]
    public void Clinical_workflow_screens_then_refits_the_independent_factors()
    {
        var (model, data) = Developed.Value;
        var columns = new Dictionary<string, double[]> { ["MVI"] = data.ClinicalColumn("MVI"), ["ALB"] = data.ClinicalColumn("ALB") };
        var screen = UnivariateScreen.Run(columns, ["MVI", "ALB"], data.Outcome);
        Assert.Equal(screen.Selected, model.Clinical.Univariate.Selected);
        Assert.NotNull(model.Clinical.Multivariate);
        var independent = screen.Selected.Where(v => model.Clinical.Multivariate![v].P < 0.05).ToArray();
        Assert.Equal(independent, model.Clinical.IndependentFactors);
        Assert.Equal([LogisticRegression.InterceptName, .. independent, ClinicalVariableNames.Radscore], model.Combined.Terms.Select(t => t.Name));
    }

    [Fact]
    public void The_trained_artifact_scores_every_patient_as_the_fitted_combined_model()
    {
        var (model, data) = Developed.Value;
        var scores = model.Score(data, "training");
        var combined = scores.Models.Single(m => m.Model == ModelNames.Combined).Probability;
        foreach (var scale in new[] { FeatureScale.Raw, FeatureScale.Standardized })
        {
            var developed = scale == FeatureScale.Raw ? model : ModelDevelopment.Run(data, Spec(scale), DevelopmentCohort.Variables);
            var artifact = TrainedArtifactBuilder.Build(developed, 0.2, "0.1.0", DateTimeOffset.UnixEpoch);
            var reloaded = ModelArtifactJson.Parse(ModelArtifactJson.ToJson(artifact));
            RiskScorer.EnsureScorable(reloaded);
            Assert.Equal(scale, reloaded.Radscore.FeatureScale);
            Assert.DoesNotContain(ArtifactFlags.InterceptEstimated, reloaded.Flags);
            for (var i = 0; i < data.Count; i += 13)
            {
                var features = model.RadscoreTerms.ToDictionary(t => FeatureKey.Of(t.Phase, t.Feature), t => data.FeatureColumn(t.Column)[i]);
                var clinical = new ClinicalValues { MicrovascularInvasion = data.ClinicalColumn("MVI")[i] == 1, AlbuminGramsPerLitre = data.ClinicalColumn("ALB")[i] };
                var result = RiskScorer.Score(reloaded, features, clinical);
                Assert.Equal(combined[i], result.Probability, 1e-12);
            }
        }
    }

    [Fact]
    public void Lasso_keeping_no_feature_is_refused_with_the_reason()
    {
        var data = DevelopmentCohort.Select(DevelopmentCohort.Table(120, seed: 5, signal: 0));
        var e = Assert.Throws<DevelopmentException>(() => ModelDevelopment.Run(data, Spec() with { LambdaRule = LambdaRule.OneStandardError }, DevelopmentCohort.Variables));
        Assert.Contains("keeps no feature", e.Message);
        Assert.Contains("lambda.1se", e.Message);
    }
}
