using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Scoring;
using HccMesh.Modeling.Statistics.Calibration;

namespace HccMesh.Pipeline.Tests.Commands;

/// <summary><c>hccmesh model standardize</c> and <c>hccmesh model recalibrate</c> on generated CSVs: results and every refusal (exit 2, one line).</summary>
public sealed class ModelCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hccmesh-model-cmd-").FullName;

    private static string PublishedPath => Path.Combine(AppContext.BaseDirectory, "Models", "hcc-ehm-published-1.0.0.json");

    private static string DemoPath => Path.Combine(AppContext.BaseDirectory, "Models", "hcc-ehm-demo-1.0.0.json");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Standardize_writes_a_scorable_site_artifact_with_the_reference_means_and_sds()
    {
        var demo = ModelArtifactJson.Load(DemoPath);
        var reference = GeneratedCohort.Write(P("reference.csv"), demo, 25);
        var run = await CliRunner.RunAsync("model", "standardize", "--model", PublishedPath, "--reference", reference, "--out", P("site.json"), "--version", "1.0.1");

        run.AssertSucceeded();
        Assert.Contains("warning: only 25 reference cases", run.Error); // below the recommended 30
        Assert.False(File.Exists(P("site.json") + ".partial"));
        var site = ModelArtifactJson.Load(P("site.json"));
        Assert.Equal("hcc-ehm-published-site", site.Id);
        Assert.Equal("1.0.1", site.Version);
        Assert.DoesNotContain(ArtifactFlags.StandardizationMissing, site.Flags);
        Assert.Contains("25 site reference cases from reference.csv", site.Provenance);
        var cohort = CohortCsvReader.Read(reference);
        for (var k = 0; k < site.Radscore.Features.Count; k++)
        {
            var f = site.Radscore.Features[k];
            var values = Enumerable.Range(0, cohort.RowCount).Select(r => double.Parse(cohort.Cell(r, FeatureColumnName.Format(f.Phase, f.Name)), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var mean = values.Average();
            var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
            Assert.Equal(mean, site.Radscore.Standardization!.Features[k].Mean, Math.Abs(mean) * 1e-12);
            Assert.Equal(sd, site.Radscore.Standardization.Features[k].Sd, sd * 1e-12);
        }

        Assert.Equal(25, CohortScorer.Score(site, cohort).Count);
        Assert.Contains("standardised artifact written", run.Output);
    }

    [Fact]
    public async Task Standardize_refuses_a_raw_scale_model()
    {
        var published = ModelArtifactJson.Load(PublishedPath);
        var raw = published with { Radscore = published.Radscore with { FeatureScale = FeatureScale.Raw, StandardizationMissingReason = null } };
        ModelArtifactJson.Save(raw with { Flags = ArtifactFlags.Derive(raw) }, P("raw.json"));
        var reference = GeneratedCohort.Write(P("reference.csv"), ModelArtifactJson.Load(DemoPath), 5);

        var run = await CliRunner.RunAsync("model", "standardize", "--model", P("raw.json"), "--reference", reference, "--out", P("site.json"));

        run.AssertRefused("nothing to standardise", "raw feature values");
        Assert.False(File.Exists(P("site.json")));
    }

    [Fact]
    public async Task Standardize_refuses_a_single_reference_case()
    {
        var reference = GeneratedCohort.Write(P("reference.csv"), ModelArtifactJson.Load(DemoPath), 1);
        var run = await CliRunner.RunAsync("model", "standardize", "--model", PublishedPath, "--reference", reference, "--out", P("site.json"));
        run.AssertRefused("has 1 case", "at least 2");
    }

    [Fact]
    public async Task Standardize_refuses_missing_feature_columns_listing_them()
    {
        var reference = GeneratedCohort.Write(P("reference.csv"), ModelArtifactJson.Load(DemoPath), 5);
        File.WriteAllText(reference, File.ReadAllText(reference)
            .Replace("portal_wavelet-HLL_gldm_SmallDependenceLowGrayLevelEmphasis", "arterial_wavelet-HLL_gldm_SmallDependenceLowGrayLevelEmphasis", StringComparison.Ordinal)
            .Replace("portal_wavelet-LHL_ngtdm_Contrast", "portal_wavelet-LHL_ngtdm_Coarseness", StringComparison.Ordinal));

        var run = await CliRunner.RunAsync("model", "standardize", "--model", PublishedPath, "--reference", reference, "--out", P("site.json"));

        run.AssertRefused("lacks 2 of the model's 9 radscore feature column(s)", "portal_wavelet-HLL_gldm_SmallDependenceLowGrayLevelEmphasis", "portal_wavelet-LHL_ngtdm_Contrast");
    }

    [Fact]
    public async Task Standardize_refuses_a_non_finite_cell_naming_line_and_id()
    {
        var reference = GeneratedCohort.Write(P("reference.csv"), ModelArtifactJson.Load(DemoPath), 5);
        var lines = File.ReadAllLines(reference);
        var cells = lines[3].Split(',');
        cells[^1] = "nan";
        lines[3] = string.Join(',', cells);
        File.WriteAllLines(reference, lines);

        var run = await CliRunner.RunAsync("model", "standardize", "--model", PublishedPath, "--reference", reference, "--out", P("site.json"));

        run.AssertRefused("line 4 (id 'G003')", "portal_wavelet-LLL_glcm_MaximumProbability", "not a finite number");
    }

    [Fact]
    public async Task Standardize_refuses_a_missing_model_file_in_one_line()
    {
        var run = await CliRunner.RunAsync("model", "standardize", "--model", P("nope.json"), "--reference", P("ref.csv"), "--out", P("site.json"));
        run.AssertRefused("--model", "no such file");
    }

    [Theory]
    [InlineData("slope")]
    [InlineData("intercept")]
    public async Task Recalibrate_makes_the_model_calibrated_in_the_large_on_its_data(string method)
    {
        var demo = ModelArtifactJson.Load(DemoPath);
        var cohortPath = GeneratedCohort.Write(P("cohort.csv"), demo, 120);
        var before = CalibrationOf(demo, cohortPath);

        var run = await CliRunner.RunAsync("model", "recalibrate", "--model", DemoPath, "--cohort", cohortPath, "--outcome", "ehm", "--method", method, "--out", P("recal.json"));

        run.AssertSucceeded();
        Assert.Matches(@"at that cutoff \d+ of 120 patients of cohort\.csv are high risk \(before: \d+\)", run.Output);
        var recalibrated = ModelArtifactJson.Load(P("recal.json"));
        var after = CalibrationOf(recalibrated, cohortPath);
        Assert.True(Math.Abs(before.CalibrationInTheLarge) > 0.05, $"the generated cohort should start miscalibrated (citl {before.CalibrationInTheLarge})");

        // glm's stopping criterion (|Δdev|/(|dev|+0.1) < 1e-8, as R) leaves the fitted intercept ~1e-8 from the exact maximum.
        Assert.Equal(0.0, after.CalibrationInTheLarge, 5e-8);
        if (method == "slope")
        {
            Assert.Equal(1.0, after.Slope, 1e-8);
            Assert.Equal(0.0, after.Intercept, 1e-8);
        }

        Assert.Equal("hcc-ehm-demo-recalibrated", recalibrated.Id);
        Assert.Contains($"recalibrated ({(method == "slope" ? "intercept+slope" : "intercept")}) on 120 cases with", recalibrated.Provenance);
        Assert.Contains("from cohort.csv", recalibrated.Provenance);
        Assert.False(recalibrated.CombinedModel.InterceptEstimated);
        Assert.False(recalibrated.ClinicalModel!.InterceptEstimated);
        Assert.DoesNotContain(ArtifactFlags.InterceptEstimated, recalibrated.Flags);
        Assert.Equal(demo.Radscore.Intercept, recalibrated.Radscore.Intercept);
        Assert.Equal(demo.Radscore.Features, recalibrated.Radscore.Features);
        Assert.Equal(demo.Radscore.Standardization!.Features, recalibrated.Radscore.Standardization!.Features);
    }

    [Fact]
    public async Task Recalibrate_refuses_a_missing_outcome_naming_line_and_id()
    {
        var cohortPath = GeneratedCohort.Write(P("cohort.csv"), ModelArtifactJson.Load(DemoPath), 40, outcome: (i, _) => i == 4 ? "" : (i % 2 == 0 ? "1" : "0"));
        var run = await CliRunner.RunAsync("model", "recalibrate", "--model", DemoPath, "--cohort", cohortPath, "--outcome", "ehm", "--method", "slope", "--out", P("recal.json"));
        run.AssertRefused("line 6 (id 'G005')", "outcome ehm is missing");
        Assert.False(File.Exists(P("recal.json")));
    }

    [Fact]
    public async Task Recalibrate_refuses_an_outcome_other_than_0_or_1()
    {
        var cohortPath = GeneratedCohort.Write(P("cohort.csv"), ModelArtifactJson.Load(DemoPath), 40, outcome: (i, _) => i == 9 ? "yes" : (i % 2 == 0 ? "1" : "0"));
        var run = await CliRunner.RunAsync("model", "recalibrate", "--model", DemoPath, "--cohort", cohortPath, "--outcome", "ehm", "--method", "intercept", "--out", P("recal.json"));
        run.AssertRefused("line 11 (id 'G010')", "'yes' is not a number");
    }

    [Fact]
    public async Task Recalibrate_refuses_fewer_than_ten_events_saying_why()
    {
        var cohortPath = GeneratedCohort.Write(P("cohort.csv"), ModelArtifactJson.Load(DemoPath), 50, outcome: (i, _) => i < 7 ? "1" : "0");
        var run = await CliRunner.RunAsync("model", "recalibrate", "--model", DemoPath, "--cohort", cohortPath, "--outcome", "ehm", "--method", "slope", "--out", P("recal.json"));
        run.AssertRefused("at least 10 events and 10 non-events", "7 events and 43 non-events", "too unstable");
    }

    [Fact]
    public async Task Recalibrate_refuses_outcomes_separated_by_the_linear_predictor()
    {
        var demo = ModelArtifactJson.Load(DemoPath);
        var probe = GeneratedCohort.Write(P("probe.csv"), demo, 60, outcome: (_, _) => "0");
        var lp = CohortScorer.Score(demo, CohortCsvReader.Read(probe)).Select(p => p.CombinedLinearPredictor).Order().ToList();
        var median = (lp[29] + lp[30]) / 2;
        var cohortPath = GeneratedCohort.Write(P("cohort.csv"), demo, 60, outcome: (_, eta) => eta > median ? "1" : "0");

        var run = await CliRunner.RunAsync("model", "recalibrate", "--model", DemoPath, "--cohort", cohortPath, "--outcome", "ehm", "--method", "slope", "--out", P("recal.json"));

        run.AssertRefused("separated", "no finite recalibration exists");
    }

    [Fact]
    public async Task Recalibrate_refuses_the_published_artifact_with_the_standardize_remedy()
    {
        var cohortPath = GeneratedCohort.Write(P("cohort.csv"), ModelArtifactJson.Load(DemoPath), 40);
        var run = await CliRunner.RunAsync("model", "recalibrate", "--model", PublishedPath, "--cohort", cohortPath, "--outcome", "ehm", "--method", "slope", "--out", P("recal.json"));
        run.AssertRefused("no per-feature mean and SD", "hccmesh model standardize --model");
    }

    private static CalibrationResult CalibrationOf(ModelArtifact artifact, string cohortPath)
    {
        var cohort = CohortCsvReader.Read(cohortPath);
        return CalibrationAnalysis.Compute(CohortScorer.Score(artifact, cohort).Select(p => p.Probability).ToArray(), CohortOutcomes.Read(cohort, "ehm"));
    }

    private string P(string name) => Path.Combine(folder, name);
}
