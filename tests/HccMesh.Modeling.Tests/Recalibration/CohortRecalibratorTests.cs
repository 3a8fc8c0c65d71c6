using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Scoring;
using HccMesh.Modeling.Statistics.Calibration;
using HccMesh.Modeling.Statistics.Logistic;
using Xunit.Abstractions;

namespace HccMesh.Modeling.Tests.Recalibration;

/// <summary>Recalibration of both logistic models of an artifact on a seeded cohort, and every refusal.</summary>
public class CohortRecalibratorTests(ITestOutputHelper output)
{
    private static readonly ModelArtifact Artifact = OneFeatureArtifact.Build(0.1, 0.8, -1.0, 0.9, albuminCoefficient: -0.05, clinicalIntercept: 1.2);

    [Fact]
    public void Clinical_model_is_recalibrated_on_its_own_linear_predictor()
    {
        var cohort = SyntheticCohort.Table(80);
        var result = CohortRecalibrator.Recalibrate(Artifact, cohort, "ehm", RecalibrationMethod.InterceptAndSlope);

        var predictions = CohortScorer.Score(Artifact, cohort);
        var y = CohortOutcomes.Read(cohort, "ehm");
        var direct = LogisticRegression.Fit(predictions.Select(p => new[] { p.ClinicalLinearPredictor!.Value }).ToArray(), y, ["lp"]);
        var (a, b) = (direct.Terms[0].Beta, direct.Terms[1].Beta);
        var clinical = result.Artifact.ClinicalModel!;
        Assert.Equal(a + (b * 1.2), clinical.Intercept, 12);
        Assert.Equal(b * -0.05, clinical.Terms.Single().Coefficient, 12);
        Assert.False(clinical.InterceptEstimated);
        Assert.StartsWith("recalibrated (intercept+slope) on 80 cases with", clinical.InterceptMethod);
    }

    [Fact]
    public void Recalibrated_artifact_is_calibrated_on_its_data_and_its_flags_and_provenance_say_so()
    {
        var cohort = SyntheticCohort.Table(80);
        var result = CohortRecalibrator.Recalibrate(Artifact, cohort, "ehm", RecalibrationMethod.InterceptAndSlope, version: "1.1.0");
        var artifact = result.Artifact;

        var lp = CohortScorer.Score(artifact, cohort).Select(r => r.CombinedLinearPredictor).ToArray();
        var y = CohortOutcomes.Read(cohort, "ehm");
        var tightIntercept = LogisticRegression.Fit(lp.Select(_ => Array.Empty<double>()).ToArray(), y, [], offset: lp, epsilon: 1e-15).Terms[0].Beta;
        var tight = LogisticRegression.Fit(lp.Select(v => new[] { v }).ToArray(), y, ["lp"], epsilon: 1e-15);
        var calibration = CalibrationAnalysis.Compute(lp.Select(Logistic.Probability).ToArray(), y);
        output.WriteLine($"glm-default check: citl {calibration.CalibrationInTheLarge:E2}, intercept {calibration.Intercept:E2}, slope-1 {calibration.Slope - 1:E2}");
        output.WriteLine($"tight check: citl {tightIntercept:E2}, intercept {tight.Terms[0].Beta:E2}, slope-1 {tight.Terms[1].Beta - 1:E2}");
        // glm(y ~ lp') repeats the IRLS of the recalibration fit, so it returns intercept 0 and slope 1 to rounding (1e-12).
        Assert.Equal(0.0, calibration.Intercept, 1e-12);
        Assert.Equal(1.0, calibration.Slope, 1e-12);

        // Against the exact maximum (IRLS run to 1e-15) the recalibration stopped where glm's criterion
        // |Δdev| / (|dev| + 0.1) < 1e-8 stops (as R does): measured |Δ| ≤ 1.1e-8 on this cohort; 5e-8 allows that, nothing more.
        Assert.Equal(0.0, calibration.CalibrationInTheLarge, 5e-8);
        Assert.Equal(0.0, tightIntercept, 5e-8);
        Assert.Equal(0.0, tight.Terms[0].Beta, 5e-8);
        Assert.Equal(1.0, tight.Terms[1].Beta, 5e-8);

        Assert.Equal("recalibration-test-recalibrated", artifact.Id);
        Assert.Equal("1.1.0", artifact.Version);
        Assert.DoesNotContain(ArtifactFlags.InterceptEstimated, artifact.Flags);
        Assert.Contains(ArtifactFlags.InterceptEstimated, Artifact.Flags);
        Assert.Equal(ArtifactFlags.Derive(artifact), artifact.Flags);
        Assert.Contains($"recalibrated (intercept+slope) on 80 cases with {result.Combined.Events} events from synthetic.csv", artifact.Provenance);
        Assert.StartsWith(Artifact.Provenance, artifact.Provenance);
        Assert.Equal(Artifact.RiskCutoff, artifact.RiskCutoff);
        ModelArtifactValidator.Validate(ModelArtifactJson.Parse(ModelArtifactJson.ToJson(artifact)));
    }

    [Fact]
    public void Intercept_method_moves_only_the_intercepts()
    {
        var cohort = SyntheticCohort.Table(80);
        var result = CohortRecalibrator.Recalibrate(Artifact, cohort, "ehm", RecalibrationMethod.Intercept);

        Assert.Equal(Artifact.CombinedModel.Terms, result.Artifact.CombinedModel.Terms);
        Assert.Equal(Artifact.ClinicalModel!.Terms, result.Artifact.ClinicalModel!.Terms);
        Assert.Equal(Artifact.CombinedModel.Intercept + result.Combined.Intercept, result.Artifact.CombinedModel.Intercept, 14);
        Assert.Contains("recalibrated (intercept) on 80 cases", result.Artifact.Provenance);
    }

    [Fact]
    public void Fewer_than_ten_events_is_refused_saying_why()
    {
        var cohort = SyntheticCohort.Table(40, outcome: (i, _) => i < 9 ? "1" : "0");
        var e = Assert.Throws<RecalibrationException>(() => CohortRecalibrator.Recalibrate(Artifact, cohort, "ehm", RecalibrationMethod.Intercept));
        Assert.Contains("at least 10 events and 10 non-events", e.Message);
        Assert.Contains("9 events and 31 non-events", e.Message);
        Assert.Contains("too unstable", e.Message);
    }

    [Fact]
    public void Fewer_than_ten_non_events_is_refused()
    {
        var cohort = SyntheticCohort.Table(40, outcome: (i, _) => i < 32 ? "1" : "0");
        var e = Assert.Throws<RecalibrationException>(() => CohortRecalibrator.Recalibrate(Artifact, cohort, "ehm", RecalibrationMethod.InterceptAndSlope));
        Assert.Contains("32 events and 8 non-events", e.Message);
    }

    [Fact]
    public void Outcomes_separated_by_the_linear_predictor_are_refused()
    {
        // without the ALB term the linear predictor is increasing in x, so "event iff x > 0" separates it completely
        var radscoreOnly = OneFeatureArtifact.Build(0.1, 0.8, -1.0, 0.9);
        var cohort = SyntheticCohort.Table(60, outcome: (_, x) => x > 0 ? "1" : "0");
        var e = Assert.Throws<RecalibrationException>(() => CohortRecalibrator.Recalibrate(radscoreOnly, cohort, "ehm", RecalibrationMethod.InterceptAndSlope));
        Assert.Contains("separated", e.Message);
        Assert.Contains("no finite recalibration exists", e.Message);
    }

    [Fact]
    public void Inverted_association_is_refused_instead_of_flipping_the_model()
    {
        var cohort = SyntheticCohort.Table(200, seed: 3, outcome: (i, x) => (x < 0) ^ (i % 4 == 0) ? "1" : "0");
        var e = Assert.Throws<RecalibrationException>(() => CohortRecalibrator.Recalibrate(Artifact, cohort, "ehm", RecalibrationMethod.InterceptAndSlope));
        Assert.Contains("≤ 0", e.Message);
    }

    [Theory]
    [InlineData("", "is missing")]
    [InlineData("2", "must be 0 (no event) or 1 (event)")]
    [InlineData("yes", "is not a number")]
    public void A_bad_outcome_is_refused_naming_line_and_id(string value, string says)
    {
        var cohort = SyntheticCohort.Table(40, outcome: (i, _) => i == 6 ? value : (i % 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var e = Assert.Throws<CohortException>(() => CohortRecalibrator.Recalibrate(Artifact, cohort, "ehm", RecalibrationMethod.Intercept));
        Assert.Equal("ehm", e.Column);
        Assert.Equal(8, e.Line);
        Assert.Contains("line 8 (id 'C007')", e.Message);
        Assert.Contains(says, e.Message);
    }

    [Fact]
    public void Unknown_outcome_column_is_refused_naming_it()
    {
        var e = Assert.Throws<CohortException>(() => CohortRecalibrator.Recalibrate(Artifact, SyntheticCohort.Table(40), "death", RecalibrationMethod.Intercept));
        Assert.Contains("no outcome column 'death'", e.Message);
    }
}
