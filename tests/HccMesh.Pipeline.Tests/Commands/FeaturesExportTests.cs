using System.Globalization;
using System.Security.Cryptography;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Scoring;
using HccMesh.Modeling.Statistics.Calibration;
using HccMesh.Storage;

namespace HccMesh.Pipeline.Tests.Commands;

/// <summary>
/// <c>hccmesh features export</c> on a store the embedded pipeline produced, and the chain export → <c>model standardize</c>
/// of the published artifact → scoring → <c>model recalibrate</c>.
/// </summary>
public sealed class FeaturesExportTests(ProcessedStoreFixture fixture) : IClassFixture<ProcessedStoreFixture>, IDisposable
{
    private const int FeaturesPerPhase = 1130;

    private static readonly string[] SortedPhases = ["arterial", "delayed", "portal"];

    private readonly string folder = Directory.CreateTempSubdirectory("hccmesh-export-").FullName;

    private static string PublishedPath => Path.Combine(AppContext.BaseDirectory, "Models", "hcc-ehm-published-1.0.0.json");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Export_writes_one_row_per_study_keyed_by_study_key_with_clinical_and_phase_feature_columns()
    {
        var run = await CliRunner.RunAsync("features", "export", "--store", fixture.Harness.StoreRoot, "--out", P("cohort.csv"));

        run.AssertSucceeded();
        Assert.Contains($"exported 3 studies × {3 * FeaturesPerPhase} feature columns (phases arterial, delayed, portal", run.Output);
        Assert.Contains("skipped 0 studies", run.Output);
        var cohort = CohortCsvReader.Read(P("cohort.csv"));
        Assert.Equal(3, cohort.RowCount);
        Assert.Equal(["id", "BMI", "MVI", "PV", "ALB"], cohort.Columns.Take(5));
        var featureColumns = cohort.Columns.Skip(5).ToList();
        Assert.Equal(3 * FeaturesPerPhase, featureColumns.Count);
        for (var p = 0; p < 3; p++)
        {
            Assert.All(featureColumns.Skip(p * FeaturesPerPhase).Take(FeaturesPerPhase), c => Assert.StartsWith(SortedPhases[p] + "_", c));
        }

        Assert.Equal(fixture.Assessed.Select(a => a.StudyKey).Order(StringComparer.Ordinal), Enumerable.Range(0, 3).Select(cohort.Id));
        foreach (var assessed in fixture.Assessed)
        {
            var row = Enumerable.Range(0, 3).Single(r => cohort.Id(r) == assessed.StudyKey);
            Assert.Equal(["23.5", "0", "0", "41.2"], new[] { "BMI", "MVI", "PV", "ALB" }.Select(c => cohort.Cell(row, c)));
            foreach (var phase in SortedPhases)
            {
                var stored = await fixture.Harness.FeaturesAsync(assessed.StudyId, phase);
                Assert.Equal(FeaturesPerPhase, stored.Count);
                foreach (var (name, value) in stored)
                {
                    Assert.Equal(value, double.Parse(cohort.Cell(row, FeatureColumnName.Format(phase, name)), CultureInfo.InvariantCulture));
                }
            }
        }

        var text = File.ReadAllText(P("cohort.csv"));
        Assert.DoesNotContain("hccmesh-export-cases", text);
        Assert.DoesNotContain(".dcm", text);
    }

    [Fact]
    public async Task Export_then_standardize_gives_a_site_artifact_that_scores_the_stored_features()
    {
        (await CliRunner.RunAsync("features", "export", "--store", fixture.Harness.StoreRoot, "--out", P("cohort.csv"))).AssertSucceeded();
        var run = await CliRunner.RunAsync("model", "standardize", "--model", PublishedPath, "--reference", P("cohort.csv"), "--out", P("site.json"));

        run.AssertSucceeded();
        var site = ModelArtifactJson.Load(P("site.json"));
        Assert.Equal("hcc-ehm-published-site", site.Id);
        Assert.Equal(3, site.Radscore.Standardization!.CaseCount);
        Assert.DoesNotContain(ArtifactFlags.StandardizationMissing, site.Flags);
        Assert.Contains("Site standardisation of hcc-ehm-published@1.0.0", site.Provenance);
        Assert.Contains("3 site reference cases from cohort.csv", site.Provenance);

        foreach (var assessed in fixture.Assessed)
        {
            var portal = await fixture.Harness.FeaturesAsync(assessed.StudyId, "portal");
            var features = portal.ToDictionary(f => FeatureKey.Of("portal", f.Key), f => f.Value);
            var clinical = new ClinicalValues { BmiKgPerM2 = 23.5, MicrovascularInvasion = false, PortalVeinThrombosis = false, AlbuminGramsPerLitre = 41.2 };
            var settingsSha = Convert.ToHexStringLower(SHA256.HashData(await fixture.Harness.Store.GetBytesAsync(ObjectKeys.Settings(assessed.StudyId))));
            var result = RiskScorer.Score(site, features, clinical, settingsSha);

            // radscore = intercept + Σ c_k (x_k − mean_k) / sd_k with the sample mean/SD of the three exported studies
            var expected = site.Radscore.Intercept;
            foreach (var f in site.Radscore.Features)
            {
                var values = await Task.WhenAll(fixture.Assessed.Select(async a => (await fixture.Harness.FeaturesAsync(a.StudyId, f.Phase))[f.Name]));
                var mean = values.Average();
                var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / 2);
                expected += f.Coefficient * (portal[f.Name] - mean) / sd;
            }

            Assert.Equal(expected, result.Radscore, 1e-12);
        }
    }

    [Fact]
    public async Task Export_standardize_recalibrate_chain_ends_calibrated_in_the_large()
    {
        (await CliRunner.RunAsync("features", "export", "--store", fixture.Harness.StoreRoot, "--out", P("cohort.csv"))).AssertSucceeded();
        (await CliRunner.RunAsync("model", "standardize", "--model", PublishedPath, "--reference", P("cohort.csv"), "--out", P("site.json"))).AssertSucceeded();
        var site = ModelArtifactJson.Load(P("site.json"));

        // three studies cannot carry ≥ 10 events and non-events, so outcomes come from a seeded cohort around the site statistics
        var local = GeneratedCohort.Write(P("local.csv"), site, 150);
        var run = await CliRunner.RunAsync("model", "recalibrate", "--model", P("site.json"), "--cohort", local, "--outcome", "ehm", "--method", "slope", "--out", P("site-recal.json"), "--id", "site-recal", "--version", "1.0.1");

        run.AssertSucceeded();
        var recalibrated = ModelArtifactJson.Load(P("site-recal.json"));
        Assert.Equal("site-recal", recalibrated.Id);
        var cohort = CohortCsvReader.Read(local);
        var calibration = CalibrationAnalysis.Compute(CohortScorer.Score(recalibrated, cohort).Select(p => p.Probability).ToArray(), CohortOutcomes.Read(cohort, "ehm"));
        Assert.Equal(0.0, calibration.CalibrationInTheLarge, 5e-8); // glm's own stopping error (see ModelCommandTests)
        Assert.Equal(1.0, calibration.Slope, 1e-8);
        Assert.Contains("combined model: recalibrated (intercept+slope) on 150 cases", run.Output);
    }

    [Fact]
    public async Task Failed_and_incomplete_studies_are_skipped_and_counted_with_the_reason()
    {
        var store = fixture.CopyStore(P("store"));
        var source = fixture.Assessed[0].StudyId;
        var incomplete = CopyStudy(store, source);
        File.Delete(Path.Combine(StudyFolder(store, incomplete), "features", "portal", "wavelet-HLH.csv"));
        var failed = Guid.NewGuid();
        Directory.CreateDirectory(Path.Combine(StudyFolder(store, failed), "input"));
        File.WriteAllText(Path.Combine(StudyFolder(store, failed), "input", "settings.yaml"), "");

        var run = await CliRunner.RunAsync("features", "export", "--store", store, "--out", P("cohort.csv"));

        run.AssertSucceeded();
        Assert.Contains("exported 3 studies", run.Output);
        Assert.Contains("skipped 2 studies", run.Output);
        Assert.Contains($"study {incomplete:N}: feature set portal/wavelet-HLH is missing (incomplete study)", run.Output);
        Assert.Contains($"study {failed:N}: no assessment.json (the study failed, was refused, or has not finished)", run.Output);
        Assert.Equal(3, CohortCsvReader.Read(P("cohort.csv")).RowCount);
    }

    [Fact]
    public async Task A_study_processed_twice_is_exported_once_from_its_newest_run()
    {
        var store = fixture.CopyStore(P("store"));
        var copy = CopyStudy(store, fixture.Assessed[1].StudyId);
        var assessment = Path.Combine(StudyFolder(store, copy), "assessment.json");
        var report = HccMesh.Reporting.ReportJsonReader.FromJson(File.ReadAllText(assessment));
        File.WriteAllText(assessment, HccMesh.Reporting.ReportJsonWriter.ToJson(report with { GeneratedAt = report.GeneratedAt.AddHours(1) }));

        var run = await CliRunner.RunAsync("features", "export", "--store", store, "--out", P("cohort.csv"));

        run.AssertSucceeded();
        Assert.Contains("exported 3 studies", run.Output);
        Assert.Contains($"study {fixture.Assessed[1].StudyId:N}: same study key as study {copy:N}, which was assessed later", run.Output);
    }

    [Fact]
    public async Task A_study_with_other_settings_is_refused_and_nothing_is_written()
    {
        var store = fixture.CopyStore(P("store"));
        var copy = CopyStudy(store, fixture.Assessed[0].StudyId, newKey: true);
        File.AppendAllText(Path.Combine(StudyFolder(store, copy), "input", "settings.yaml"), "\n# edited\n");

        var run = await CliRunner.RunAsync("features", "export", "--store", store, "--out", P("cohort.csv"));

        run.AssertRefused("has a different feature set", "settings SHA-256", "Nothing was written");
        Assert.False(File.Exists(P("cohort.csv")));
    }

    [Fact]
    public async Task A_study_with_other_feature_names_is_refused()
    {
        var store = fixture.CopyStore(P("store"));
        var copy = CopyStudy(store, fixture.Assessed[0].StudyId, newKey: true);
        var set = Path.Combine(StudyFolder(store, copy), "features", "delayed", "original.csv");
        File.WriteAllText(set, File.ReadAllText(set).Replace("original_firstorder_Mean,", "original_firstorder_Median2,", StringComparison.Ordinal));

        var run = await CliRunner.RunAsync("features", "export", "--store", store, "--out", P("cohort.csv"));

        run.AssertRefused("has a different feature set", "first difference at column", "delayed_original_firstorder_Median2");
    }

    [Fact]
    public async Task Outcomes_are_joined_by_study_key_and_missing_ones_are_counted()
    {
        var keys = fixture.Assessed.Select(a => a.StudyKey).ToList();
        File.WriteAllText(P("outcomes.csv"), $"id,ehm\n{keys[0]},1\n{keys[1]},0\n");

        var run = await CliRunner.RunAsync("features", "export", "--store", fixture.Harness.StoreRoot, "--out", P("cohort.csv"), "--outcomes", P("outcomes.csv"));

        run.AssertSucceeded();
        Assert.Contains("outcome 'ehm': 2 studies with an outcome, 1 without (empty cell)", run.Output);
        var cohort = CohortCsvReader.Read(P("cohort.csv"));
        Assert.Equal(["id", "ehm", "BMI"], cohort.Columns.Take(3));
        string Outcome(string key) => cohort.Cell(Enumerable.Range(0, 3).Single(r => cohort.Id(r) == key), "ehm");
        Assert.Equal("1", Outcome(keys[0]));
        Assert.Equal("0", Outcome(keys[1]));
        Assert.Equal("", Outcome(keys[2]));
    }

    [Fact]
    public async Task Outcome_ids_that_match_no_study_are_refused()
    {
        File.WriteAllText(P("outcomes.csv"), $"id,status\n{fixture.Assessed[0].StudyKey},1\nPATIENT-17,0\n");
        var run = await CliRunner.RunAsync("features", "export", "--store", fixture.Harness.StoreRoot, "--out", P("cohort.csv"), "--outcomes", P("outcomes.csv"), "--outcome-column", "status");
        run.AssertRefused("1 id(s) match no exported study", "line 3 (id 'PATIENT-17')");
        Assert.False(File.Exists(P("cohort.csv")));
    }

    [Fact]
    public async Task An_outcome_other_than_0_or_1_is_refused_naming_line_and_id()
    {
        File.WriteAllText(P("outcomes.csv"), $"id,ehm\n{fixture.Assessed[0].StudyKey},1\n{fixture.Assessed[1].StudyKey},yes\n");
        var run = await CliRunner.RunAsync("features", "export", "--store", fixture.Harness.StoreRoot, "--out", P("cohort.csv"), "--outcomes", P("outcomes.csv"));
        run.AssertRefused("line 3", fixture.Assessed[1].StudyKey, "must be 0 (no event) or 1 (event)");
    }

    [Fact]
    public async Task An_outcomes_file_with_several_columns_needs_outcome_column()
    {
        File.WriteAllText(P("outcomes.csv"), $"id,ehm,death\n{fixture.Assessed[0].StudyKey},1,0\n");
        var run = await CliRunner.RunAsync("features", "export", "--store", fixture.Harness.StoreRoot, "--out", P("cohort.csv"), "--outcomes", P("outcomes.csv"));
        run.AssertRefused("name the outcome with --outcome-column");
    }

    [Fact]
    public async Task A_store_without_processed_studies_is_refused()
    {
        Directory.CreateDirectory(P("empty"));
        (await CliRunner.RunAsync("features", "export", "--store", P("empty"), "--out", P("cohort.csv"))).AssertRefused("no processed study in store");
        (await CliRunner.RunAsync("features", "export", "--store", P("nowhere"), "--out", P("cohort.csv"))).AssertRefused("store folder", "does not exist");
    }

    private static string StudyFolder(string store, Guid studyId) => Path.Combine(store, ObjectKeys.StudyPrefix(studyId));

    /// <summary>Copies a study's folder under a new GUID; with <paramref name="newKey"/> its report gets another study key.</summary>
    private static Guid CopyStudy(string store, Guid source, bool newKey = false)
    {
        var copy = Guid.NewGuid();
        var from = StudyFolder(store, source);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(StudyFolder(store, copy), Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        if (newKey)
        {
            var assessment = Path.Combine(StudyFolder(store, copy), "assessment.json");
            var report = HccMesh.Reporting.ReportJsonReader.FromJson(File.ReadAllText(assessment));
            var key = new HccMesh.Reporting.StudyKey { Value = "content-sha256:" + new string('a', 64), Kind = HccMesh.Reporting.StudyKey.ContentHashKind };
            File.WriteAllText(assessment, HccMesh.Reporting.ReportJsonWriter.ToJson(report with { StudyKey = key }));
        }

        return copy;
    }

    private string P(string name) => Path.Combine(folder, name);
}
