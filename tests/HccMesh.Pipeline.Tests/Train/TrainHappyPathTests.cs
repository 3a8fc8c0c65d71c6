using System.Text.Json.Nodes;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Scoring;

namespace HccMesh.Pipeline.Tests.Train;

/// <summary><c>hccmesh train</c> end to end on a small synthetic training + validation cohort: outputs, artifact, report, determinism.</summary>
[Collection(TrainCollection.Name)]
public sealed class TrainHappyPathTests(TrainBaseline baseline)
{
    private TrainCohortFiles Cohorts => baseline.Cohorts;

    [Fact]
    public void Train_writes_every_output_and_a_scorable_artifact()
    {
        baseline.Run.AssertSucceeded();
        var output = baseline.Out;
        var artifactPath = ArtifactPath(output);
        Assert.Equal("hcc-ehm-site-1.0.0.json", Path.GetFileName(artifactPath));
        foreach (var file in new[] { "report.html", "predictions-training.csv", "predictions-validation.csv" })
        {
            Assert.True(new FileInfo(Path.Combine(output, file)).Length > 0, file);
        }

        var tables = Directory.GetFiles(Path.Combine(output, "tables"), "*.csv");
        Assert.NotEmpty(tables);
        foreach (var csv in tables)
        {
            Assert.True(new FileInfo(Path.ChangeExtension(csv, ".md")).Length > 0, $"{csv} has no .md twin");
        }

        var svgs = Directory.GetFiles(Path.Combine(output, "figures"), "*.svg").Select(Path.GetFileNameWithoutExtension).ToArray();
        foreach (var expected in new[] { "lasso-path", "lasso-cv", "roc-training", "roc-validation", "calibration-training", "calibration-validation", "dca-training", "dca-validation", "nomogram-combined" })
        {
            Assert.Contains(expected, svgs);
        }

        foreach (var svg in svgs)
        {
            Assert.True(new FileInfo(Path.Combine(output, "figures", svg + ".png")).Length > 0, $"{svg} has no .png twin");
        }

        var artifact = ModelArtifactJson.Load(artifactPath);
        RiskScorer.EnsureScorable(artifact);
        Assert.NotEmpty(artifact.Radscore.Features);
        Assert.Contains("model artifact:", baseline.Run.Output);
    }

    [Fact]
    public void Scoring_the_validation_csv_with_the_artifact_reproduces_the_written_predictions()
    {
        var artifact = ModelArtifactJson.Load(ArtifactPath(baseline.Out));
        var predictions = CsvGrid.Read(Path.Combine(baseline.Out, "predictions-validation.csv"));

        var scored = CohortScorer.Score(artifact, CohortCsvReader.Read(Cohorts.Validation));

        Assert.Equal(predictions.Rows.Count, scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            Assert.Equal(predictions[i, "id"], scored[i].Id);
            Assert.Equal(predictions.Number(i, "p_combined"), scored[i].Probability, 1e-12);
            Assert.Equal(predictions.Number(i, "radscore"), scored[i].Radscore, 1e-12);
        }
    }

    [Fact]
    public void Scoring_one_validation_row_through_RiskScorer_reproduces_its_p_combined()
    {
        var artifact = ModelArtifactJson.Load(ArtifactPath(baseline.Out));
        var predictions = CsvGrid.Read(Path.Combine(baseline.Out, "predictions-validation.csv"));
        var validation = CsvGrid.Read(Cohorts.Validation);
        const int row = 7;
        var features = artifact.Radscore.Features.ToDictionary(
            f => FeatureKey.Of(f.Phase, f.Name),
            f => validation.Number(row, FeatureColumnName.Format(f.Phase, f.Name)));
        var clinical = new ClinicalValues
        {
            BmiKgPerM2 = validation.Number(row, "BMI"),
            MicrovascularInvasion = validation[row, "MVI"] == "1",
            PortalVeinThrombosis = validation[row, "PV"] == "1",
            AlbuminGramsPerLitre = validation.Number(row, "ALB"),
        };

        var result = RiskScorer.Score(artifact, features, clinical);

        Assert.Equal(validation[row, "id"], predictions[row, "id"]);
        Assert.Equal(predictions.Number(row, "p_combined"), result.Probability, 1e-12);
    }

    [Fact]
    public void Tables_parse_as_csv_and_the_report_inlines_every_figure_without_external_resources()
    {
        foreach (var csv in Directory.GetFiles(Path.Combine(baseline.Out, "tables"), "*.csv"))
        {
            var records = CsvGrid.ParseRecords(File.ReadAllText(csv));
            Assert.True(records.Count > 1, $"{csv} has no data rows");
            Assert.All(records, r => Assert.True(r.Count == records[0].Count, $"{csv}: a record has {r.Count} fields, the header {records[0].Count}"));
        }

        var html = File.ReadAllText(Path.Combine(baseline.Out, "report.html"));
        // The SVG namespace names are identifiers, never fetched.
        var resources = html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", "", StringComparison.Ordinal)
            .Replace("xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "", StringComparison.Ordinal);
        var figures = Directory.GetFiles(Path.Combine(baseline.Out, "figures"), "*.svg").Length;
        Assert.Equal(figures, Count(html, "<svg"));
        Assert.DoesNotContain("http:", resources, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", resources, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"url\(\s*['""]?(?!#)", html); // only same-document references such as url(#clip)
    }

    [Fact]
    public async Task A_second_run_with_the_same_seed_gives_the_same_artifact_apart_from_created_and_the_same_tables()
    {
        (await CommandLineRunner.TrainAsync(Cohorts.Args(Cohorts.P("again")))).AssertSucceeded();

        Assert.Equal(ArtifactWithoutCreated(baseline.Out), ArtifactWithoutCreated(Cohorts.P("again")));
        AssertSameFiles(baseline.Out, Cohorts.P("again"), "tables");
        Assert.Equal(File.ReadAllText(Path.Combine(baseline.Out, "predictions-validation.csv")), File.ReadAllText(Path.Combine(Cohorts.P("again"), "predictions-validation.csv")));
    }

    [Fact]
    public async Task A_different_seed_draws_other_folds_and_still_trains()
    {
        var run = await CommandLineRunner.TrainAsync(Cohorts.Args(Cohorts.P("seed8"), "--seed", "8"));

        run.AssertSucceeded();
        // The folds are not written; the cross-validated deviance curve drawn in lasso-cv depends on them.
        Assert.NotEqual(File.ReadAllText(Path.Combine(baseline.Out, "figures", "lasso-cv.svg")), File.ReadAllText(Path.Combine(Cohorts.P("seed8"), "figures", "lasso-cv.svg")));
        var artifact = ModelArtifactJson.Load(ArtifactPath(Cohorts.P("seed8")));
        RiskScorer.EnsureScorable(artifact);
        Assert.Contains("set.seed(8)", artifact.Provenance);
    }

    internal static string ArtifactPath(string output) => Assert.Single(Directory.GetFiles(Path.Combine(output, "model"), "*.json"));

    internal static void AssertSameFiles(string a, string b, string folder)
    {
        var names = Directory.GetFiles(Path.Combine(a, folder)).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(names, Directory.GetFiles(Path.Combine(b, folder)).Select(Path.GetFileName).Order().ToArray());
        foreach (var name in names)
        {
            Assert.True(File.ReadAllText(Path.Combine(a, folder, name!)) == File.ReadAllText(Path.Combine(b, folder, name!)), $"{folder}/{name} differs");
        }
    }

    private static string ArtifactWithoutCreated(string output)
    {
        var json = JsonNode.Parse(File.ReadAllText(ArtifactPath(output)))!.AsObject();
        Assert.True(json.Remove("created"), "the artifact has no 'created' property");
        return json.ToJsonString();
    }

    private static int Count(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
