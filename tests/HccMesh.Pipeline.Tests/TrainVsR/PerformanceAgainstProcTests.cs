using HccMesh.Modeling.Development;
using Xunit.Abstractions;
using static HccMesh.Pipeline.Tests.TrainVsR.TrainVsRFixture;

namespace HccMesh.Pipeline.Tests.TrainVsR;

/// <summary>
/// The evaluation half of <c>hccmesh train</c> against pROC 1.18.0 on Fixtures/train-vs-r, per cohort and model
/// (Radiomics = plogis(radscore), Clinical and Combined = glm probabilities, validation by predict(type = "response")):
/// <c>roc(levels = c(0, 1), direction = "&lt;")</c>, <c>ci.auc(method = "delong")</c>, <c>var(method = "delong")</c>,
/// the training Youden cutoff (<c>coords("best", best.method = "youden")</c>) and the confusion counts at it, paired
/// <c>roc.test(method = "delong")</c>, and the logistic calibration glm(y ~ logit p) / glm(y ~ 1, offset = logit p).
/// R's radscore is that of the converged (thresh = 1e-22) glmnet fit. Calibration intercepts are compared absolutely
/// (logit scale; the training radscore's calibration-in-the-large is ~0 by construction of the unpenalised intercept).
/// </summary>
public sealed class PerformanceAgainstProcTests(ITestOutputHelper output)
{
    private const double AucTolerance = 1e-10;

    /// <summary>For numbers that are functions of fitted coefficients (probabilities, cutoffs, calibration fits).</summary>
    private const double GlmTolerance = 1e-8;

    private static readonly string[] Models = [ModelNames.Radiomics, ModelNames.Clinical, ModelNames.Combined];

    private static TrainVsRRun Run => TrainVsRRun.Instance;

    [Theory]
    [InlineData("training")]
    [InlineData("validation")]
    public void Predicted_probabilities_match_R(string cohort)
    {
        var scores = Run.Scores(cohort);
        Assert.Equal(Models, scores.Models.Select(m => m.Model));
        foreach (var model in scores.Models)
        {
            var error = Agreement.MaxRelative(model.Probability, Numbers("cohorts", cohort, "models", model.Model, "probability"));
            output.WriteLine($"{cohort} {model.Model}: probability max relative error {error:E2}");
            Assert.True(error <= GlmTolerance, $"{cohort} {model.Model} probability error {error:E3}");
        }
    }

    [Theory]
    [InlineData("training")]
    [InlineData("validation")]
    public void Auc_and_DeLong_confidence_interval_match_pROC(string cohort)
    {
        var performance = Run.Performance(cohort);
        Assert.Equal((int)Number("cohorts", cohort, "n"), performance.Count);
        Assert.Equal((int)Number("cohorts", cohort, "events"), performance.Events);
        foreach (var model in Models)
        {
            var auc = performance[model].Auc;
            var errors = new[]
            {
                Math.Abs(auc.Auc - Number("cohorts", cohort, "models", model, "auc")),
                Math.Abs(auc.Variance - Number("cohorts", cohort, "models", model, "var_delong")),
                Math.Abs(auc.Lower - Number("cohorts", cohort, "models", model, "ci_lower")),
                Math.Abs(auc.Upper - Number("cohorts", cohort, "models", model, "ci_upper")),
            };
            output.WriteLine($"{cohort} {model}: AUC {auc.Auc:F6} ({auc.Lower:F6}–{auc.Upper:F6}); abs error AUC {errors[0]:E1}, var {errors[1]:E1}, lower {errors[2]:E1}, upper {errors[3]:E1}");
            Assert.All(errors, e => Assert.True(e <= AucTolerance, $"{cohort} {model}: error {e:E3}"));
        }
    }

    [Fact]
    public void Training_Youden_cutoffs_are_pROCs()
    {
        foreach (var model in Models)
        {
            Assert.Equal(1, (int)Number("youden_training", model, "n_best"));
            var cutoff = Run.Cutoffs[model].Cutoff;
            var expected = Numbers("youden_training", model, "threshold")[0];
            var error = Agreement.Relative(cutoff, expected);
            output.WriteLine($"{model}: Youden cutoff {cutoff:R} vs pROC {expected:R}, relative error {error:E2}");
            Assert.True(error <= GlmTolerance, $"{model} cutoff error {error:E3}");
            var classification = Run.TrainingPerformance[model].Classification!;
            Assert.Equal(Numbers("youden_training", model, "sensitivity")[0], classification.Confusion.Sensitivity, 15);
            Assert.Equal(Numbers("youden_training", model, "specificity")[0], classification.Confusion.Specificity, 15);
        }
    }

    [Theory]
    [InlineData("training")]
    [InlineData("validation")]
    public void Classification_at_the_training_Youden_cutoff_matches_pROC(string cohort)
    {
        foreach (var model in Models)
        {
            var confusion = Run.Performance(cohort)[model].Classification!.Confusion;
            string[] at = ["cohorts", cohort, "models", model, "at_training_youden"];
            Assert.Equal((int)Number([.. at, "tp"]), confusion.TruePositives);
            Assert.Equal((int)Number([.. at, "fp"]), confusion.FalsePositives);
            Assert.Equal((int)Number([.. at, "tn"]), confusion.TrueNegatives);
            Assert.Equal((int)Number([.. at, "fn"]), confusion.FalseNegatives);
            Assert.Equal(Number([.. at, "sensitivity"]), confusion.Sensitivity, 15);
            Assert.Equal(Number([.. at, "specificity"]), confusion.Specificity, 15);
        }
    }

    [Theory]
    [InlineData("training")]
    [InlineData("validation")]
    public void Paired_DeLong_tests_match_pROC_roc_test(string cohort)
    {
        var expected = At("cohorts", cohort, "roc_test").EnumerateArray().ToArray();
        var comparisons = Run.Performance(cohort).Comparisons;
        Assert.Equal(expected.Length, comparisons.Count);
        for (var c = 0; c < comparisons.Count; c++)
        {
            var (ours, r) = (comparisons[c], expected[c]);
            Assert.Equal(r.GetProperty("first").GetString(), ours.First);
            Assert.Equal(r.GetProperty("second").GetString(), ours.Second);
            var t = ours.Test;
            var errors = new (string Name, double Error)[]
            {
                ("auc1", Math.Abs(t.Auc1 - r.GetProperty("auc1").GetDouble())),
                ("auc2", Math.Abs(t.Auc2 - r.GetProperty("auc2").GetDouble())),
                ("var1", Math.Abs(t.Variance1 - r.GetProperty("var1").GetDouble())),
                ("var2", Math.Abs(t.Variance2 - r.GetProperty("var2").GetDouble())),
                ("cov", Math.Abs(t.Covariance - r.GetProperty("covariance").GetDouble())),
                ("z (rel)", Agreement.Relative(t.Z, r.GetProperty("z").GetDouble())),
                ("p (rel)", Agreement.Relative(t.PValue, r.GetProperty("p_value").GetDouble())),
            };
            output.WriteLine($"{cohort} {ours.First} vs {ours.Second}: z {t.Z:F6} p {t.PValue:E4}; " + string.Join(", ", errors.Select(e => $"{e.Name} {e.Error:E1}")));
            Assert.All(errors, e => Assert.True(e.Error <= AucTolerance, $"{cohort} {ours.First} vs {ours.Second}: {e.Name} error {e.Error:E3}"));
        }
    }

    [Theory]
    [InlineData("training")]
    [InlineData("validation")]
    public void Logistic_calibration_matches_glm(string cohort)
    {
        foreach (var model in Models)
        {
            var calibration = Run.Performance(cohort)[model].Calibration!;
            string[] at = ["cohorts", cohort, "models", model, "calibration"];
            var errors = new (string Name, double Error)[]
            {
                ("slope (rel)", Agreement.Relative(calibration.Slope, Number([.. at, "slope"]))),
                ("intercept (abs)", Math.Abs(calibration.Intercept - Number([.. at, "intercept_2param"]))),
                ("citl (abs)", Math.Abs(calibration.CalibrationInTheLarge - Number([.. at, "intercept_citl"]))),
                ("brier (rel)", Agreement.Relative(calibration.Brier, Number([.. at, "brier"]))),
            };
            output.WriteLine($"{cohort} {model}: slope {calibration.Slope:F6}, intercept {calibration.Intercept:F6}, citl {calibration.CalibrationInTheLarge:F6}; relative error " +
                string.Join(", ", errors.Select(e => $"{e.Name} {e.Error:E1}")));
            Assert.All(errors, e => Assert.True(e.Error <= GlmTolerance, $"{cohort} {model}: {e.Name} error {e.Error:E3}"));
        }
    }
}
