using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;

namespace HccMesh.Pipeline.Tests.Train;

/// <summary><c>hccmesh train</c> options that change how the model is developed: --radscore-scale, --fold-column, --repeat.</summary>
[Collection(TrainCollection.Name)]
public sealed class TrainOptionTests(TrainBaseline baseline) : IDisposable
{
    private readonly TrainCohortFiles cohorts = new();

    public void Dispose() => cohorts.Dispose();

    [Fact]
    public async Task Standardized_radscore_scale_predicts_what_the_raw_scale_predicts()
    {
        var z = baseline.Cohorts.P("standardized");
        (await CommandLineRunner.TrainAsync(baseline.Cohorts.Args(z, "--radscore-scale", "standardized"))).AssertSucceeded();

        var raw = ModelArtifactJson.Load(TrainHappyPathTests.ArtifactPath(baseline.Out));
        var standardized = ModelArtifactJson.Load(TrainHappyPathTests.ArtifactPath(z));
        Assert.Equal(FeatureScale.Raw, raw.Radscore.FeatureScale);
        Assert.Equal(FeatureScale.Standardized, standardized.Radscore.FeatureScale);
        Assert.Equal(raw.Radscore.Features.Select(f => f.Name), standardized.Radscore.Features.Select(f => f.Name));
        foreach (var cohort in new[] { "training", "validation" })
        {
            var a = CsvGrid.Read(Path.Combine(baseline.Out, $"predictions-{cohort}.csv"));
            var b = CsvGrid.Read(Path.Combine(z, $"predictions-{cohort}.csv"));
            Assert.Equal(a.Header, b.Header);
            for (var i = 0; i < a.Rows.Count; i++)
            {
                foreach (var column in a.Header.Skip(2))
                {
                    Assert.Equal(a.Number(i, column), b.Number(i, column), 1e-10);
                }
            }
        }
    }

    [Fact]
    public async Task Fold_column_replaces_the_seeded_folds()
    {
        var grid = CsvGrid.Read(cohorts.Training);
        grid.Header.Add("fold");
        var (events, controls) = (0, 0);
        foreach (var row in grid.Rows)
        {
            // stratified 1..5
            row.Add(row[grid.Column("ehm")] == "1" ? (1 + (events++ % 5)).ToString() : (1 + (controls++ % 5)).ToString());
        }

        grid.Write(cohorts.Training);
        string[] Args(string output, string seed) =>
            ["--training", cohorts.Training, "--validation", cohorts.Validation, "--outcome", "ehm", "--clinical", "BMI,MVI,PV,ALB", "--out", output, "--fold-column", "fold", "--seed", seed];

        (await CommandLineRunner.TrainAsync(Args(cohorts.P("a"), "1"))).AssertSucceeded();
        (await CommandLineRunner.TrainAsync(Args(cohorts.P("b"), "99"))).AssertSucceeded();

        // With a fold column the seed is irrelevant: same deviance curve, tables and predictions.
        TrainHappyPathTests.AssertSameFiles(cohorts.P("a"), cohorts.P("b"), "tables");
        Assert.Equal(File.ReadAllText(Path.Combine(cohorts.P("a"), "figures", "lasso-cv.svg")), File.ReadAllText(Path.Combine(cohorts.P("b"), "figures", "lasso-cv.svg")));
        Assert.Equal(File.ReadAllText(Path.Combine(cohorts.P("a"), "predictions-validation.csv")), File.ReadAllText(Path.Combine(cohorts.P("b"), "predictions-validation.csv")));
        var artifact = ModelArtifactJson.Load(TrainHappyPathTests.ArtifactPath(cohorts.P("a")));
        Assert.Contains("the cohort's fold ids", artifact.Provenance);
        Assert.DoesNotContain("set.seed", artifact.Provenance);

        // and it differs from the baseline's 5 seeded folds on the same patients
        Assert.NotEqual(File.ReadAllText(Path.Combine(baseline.Out, "figures", "lasso-cv.svg")), File.ReadAllText(Path.Combine(cohorts.P("a"), "figures", "lasso-cv.svg")));
    }

    [Fact]
    public async Task Repeat_segmentation_runs_the_icc_filter_and_drops_poorly_reproducible_features()
    {
        var training = CsvGrid.Read(cohorts.Training);
        var features = training.FeatureColumns;
        // The synthetic cohort's first 3 features per phase carry the risk signal: make exactly those irreproducible.
        var noisy = features.Take(3).ToHashSet();
        var random = new Random(5);
        var repeat = CsvGrid.Read(cohorts.Training);
        repeat.Rows.RemoveRange(30, repeat.Rows.Count - 30);
        foreach (var column in features)
        {
            var values = training.Rows.Select((_, i) => training.Number(i, column)).ToArray();
            var mean = values.Average();
            var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
            for (var i = 0; i < repeat.Rows.Count; i++)
            {
                var perturbed = noisy.Contains(column)
                    ? mean + (3 * sd * ((2 * random.NextDouble()) - 1)) // unrelated to the first segmentation
                    : values[i] + (0.02 * sd * ((2 * random.NextDouble()) - 1));
                repeat[i, column] = CsvGrid.F(perturbed);
            }
        }

        var repeatPath = repeat.Write(cohorts.P("repeat.csv"));

        var run = await CommandLineRunner.TrainAsync(cohorts.Args(null, "--repeat", repeatPath));

        run.AssertSucceeded();
        var icc = CsvGrid.Read(Path.Combine(cohorts.Out, "icc.csv"));
        Assert.Equal(features.Count, icc.Rows.Count);
        for (var i = 0; i < icc.Rows.Count; i++)
        {
            var feature = icc[i, "feature"];
            var expected = noisy.Contains(feature) ? "no" : "yes";
            Assert.True(expected == icc[i, "kept"], $"{feature}: ICC {icc[i, "icc"]}, kept {icc[i, "kept"]}");
        }

        var artifact = ModelArtifactJson.Load(TrainHappyPathTests.ArtifactPath(cohorts.Out));
        Assert.DoesNotContain(artifact.Radscore.Features, f => noisy.Contains(FeatureColumnName.Format(f.Phase, f.Name)));
        Assert.Contains("after the ICC filter", run.Output);
    }
}
