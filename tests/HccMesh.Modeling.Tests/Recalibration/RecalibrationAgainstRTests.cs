using System.Globalization;
using System.Text;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Scoring;
using HccMesh.Modeling.Statistics.Calibration;
using HccMesh.TestData;
using Xunit.Abstractions;
using static HccMesh.Modeling.Tests.Statistics.StatsTinyFixture;

namespace HccMesh.Modeling.Tests.Recalibration;

/// <summary>
/// Reference: stats-tiny/expected.json "calibration"."p_ext" (R 4.2.2): intercept_citl = coef(glm(ehm ~ 1, offset = qlogis(p_ext))),
/// intercept_2param / slope = coef(glm(ehm ~ qlogis(p_ext))). A model whose combined linear predictor is qlogis(p_ext)
/// (lp = 0.5 + 2·(−0.25 + 0.5·x), x = qlogis(p_ext)) is recalibrated on the 40 cases; the fitted a, b must be R's,
/// and the artifact must carry b0' = 0.5 + a (intercept) or a + 0.5·b and 2·b (intercept+slope).
/// Same IRLS as R's glm.fit, so 1e-9 relative (the tolerance of the existing CalibrationAnalysis tests).
/// </summary>
public class RecalibrationAgainstRTests(ITestOutputHelper output)
{
    private const double GlmTolerance = 1e-9;

    /// <summary>|calibration intercept| and |slope − 1| after recalibration: glm's own stopping error on this scale.</summary>
    private const double RecalibratedTolerance = 1e-8;

    private const double B0 = 0.5;
    private const double C = 2.0;

    [TestDataFact]
    public void Intercept_recalibration_of_qlogis_p_ext_gives_Rs_calibration_in_the_large()
    {
        var cohort = TinyCohort();
        var artifact = OneFeatureArtifact.Build(-0.25, 0.5, B0, C);
        var result = CohortRecalibrator.Recalibrate(artifact, cohort, "ehm", RecalibrationMethod.Intercept, created: Fixed);

        var citl = Number("calibration", "p_ext", "intercept_citl");
        var fitError = AssertRelative(citl, result.Combined.Intercept, GlmTolerance, "a (citl)");
        var interceptError = AssertRelative(B0 + citl, result.Artifact.CombinedModel.Intercept, GlmTolerance, "b0 + a");
        Assert.Equal(1.0, result.Combined.Slope);
        Assert.Equal(C, result.Artifact.CombinedModel.Terms.Single().Coefficient);
        Assert.Equal(40, result.Combined.Cases);
        Assert.Equal(14, result.Combined.Events);

        var after = CalibrationAfter(result.Artifact, cohort);
        AssertAbsolute(0.0, after.CalibrationInTheLarge, RecalibratedTolerance, "citl after");
        AssertRelative(Number("calibration", "p_ext", "slope"), after.Slope, GlmTolerance, "slope unchanged by an intercept-only update");
        output.WriteLine($"a vs R: {fitError:E2} rel; b0' vs R: {interceptError:E2} rel; citl after recalibration {after.CalibrationInTheLarge:E2}");
    }

    [TestDataFact]
    public void Intercept_and_slope_recalibration_of_qlogis_p_ext_gives_Rs_intercept_and_slope()
    {
        var cohort = TinyCohort();
        var artifact = OneFeatureArtifact.Build(-0.25, 0.5, B0, C);
        var result = CohortRecalibrator.Recalibrate(artifact, cohort, "ehm", RecalibrationMethod.InterceptAndSlope, created: Fixed);

        var a = Number("calibration", "p_ext", "intercept_2param");
        var b = Number("calibration", "p_ext", "slope");
        var max = 0.0;
        max = Math.Max(max, AssertRelative(a, result.Combined.Intercept, GlmTolerance, "a"));
        max = Math.Max(max, AssertRelative(b, result.Combined.Slope, GlmTolerance, "b"));
        max = Math.Max(max, AssertRelative(a + b * B0, result.Artifact.CombinedModel.Intercept, GlmTolerance, "a + b·b0"));
        var radscoreTerm = result.Artifact.CombinedModel.Terms.Single();
        max = Math.Max(max, AssertRelative(b * C, radscoreTerm.Coefficient, GlmTolerance, "b·c"));
        Assert.Equal(Math.Exp(radscoreTerm.Coefficient), radscoreTerm.OddsRatio);
        Assert.Equal(artifact.Radscore, result.Artifact.Radscore);

        var after = CalibrationAfter(result.Artifact, cohort);
        var citl = AssertAbsolute(0.0, after.CalibrationInTheLarge, RecalibratedTolerance, "citl after");
        var intercept = AssertAbsolute(0.0, after.Intercept, RecalibratedTolerance, "calibration intercept after");
        var slope = AssertAbsolute(1.0, after.Slope, RecalibratedTolerance, "calibration slope after");
        output.WriteLine($"a, b, b0', c' vs R: max {max:E2} rel; after recalibration: citl {citl:E2}, intercept {intercept:E2}, |slope − 1| {slope:E2}");
    }

    [TestDataFact]
    public void Library_fit_on_qlogis_p_ext_equals_R_for_both_methods()
    {
        var lp = Column(r => Math.Log(r.PExt / (1 - r.PExt)));
        var y = Outcome();
        var intercept = LogisticRecalibration.Fit(lp, y, RecalibrationMethod.Intercept);
        var slope = LogisticRecalibration.Fit(lp, y, RecalibrationMethod.InterceptAndSlope);
        var e1 = AssertRelative(Number("calibration", "p_ext", "intercept_citl"), intercept.Intercept, GlmTolerance, "citl");
        var e2 = AssertRelative(Number("calibration", "p_ext", "intercept_2param"), slope.Intercept, GlmTolerance, "intercept");
        var e3 = AssertRelative(Number("calibration", "p_ext", "slope"), slope.Slope, GlmTolerance, "slope");
        output.WriteLine($"relative errors vs R: citl {e1:E2}, intercept {e2:E2}, slope {e3:E2}");
    }

    private static readonly DateTimeOffset Fixed = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private static CalibrationResult CalibrationAfter(ModelArtifact recalibrated, CohortTable cohort)
    {
        var p = CohortScorer.Score(recalibrated, cohort).Select(r => r.Probability).ToArray();
        return CalibrationAnalysis.Compute(p, CohortOutcomes.Read(cohort, "ehm"));
    }

    /// <summary>id, ehm and the feature column x = qlogis(p_ext) of the 40 stats-tiny patients, written round-trip.</summary>
    private static CohortTable TinyCohort()
    {
        var text = new StringBuilder($"id,ehm,{OneFeatureArtifact.Column}\n");
        foreach (var r in Rows)
        {
            var x = Math.Log(r.PExt / (1 - r.PExt));
            text.Append(CultureInfo.InvariantCulture, $"{r.Id},{r.Ehm},{x:R}\n");
        }

        return CohortCsvReader.Read(new StringReader(text.ToString()), "tiny-lp.csv");
    }
}
