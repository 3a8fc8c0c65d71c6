using System.Globalization;
using HccMesh.Cli.Commands;

namespace HccMesh.Pipeline.Tests.Train;

/// <summary><c>hccmesh evaluate</c> on the artifact <c>hccmesh train</c> wrote: the same predictions and metrics, through Scoring's code.</summary>
[Collection(TrainCollection.Name)]
public sealed class EvaluateCommandTests(TrainBaseline baseline) : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "hccmesh-evaluate-" + Guid.NewGuid().ToString("N"));

    private string Artifact => Directory.GetFiles(Path.Combine(baseline.Out, "model"), "*.json").Single();

    private static Task<Commands.CliResult> EvaluateAsync(params string[] args) =>
        CommandLineRunner.RunAsync([EvaluateCommand.Create()], ["evaluate", .. args]);

    [Fact]
    public async Task Evaluating_the_trained_artifact_on_the_validation_cohort_reproduces_trains_validation_results()
    {
        baseline.Run.AssertSucceeded();
        var run = await EvaluateAsync("--model", Artifact, "--cohort", baseline.Cohorts.Validation, "--outcome", "ehm", "--out", output);
        run.AssertSucceeded();

        var trained = Rows(Path.Combine(baseline.Out, "predictions-validation.csv"));
        var evaluated = Rows(Path.Combine(output, "predictions.csv"));
        Assert.Equal(trained.Select(r => r["id"]), evaluated.Select(r => r["id"]));
        for (var i = 0; i < trained.Length; i++)
        {
            Assert.Equal(Number(trained[i], "radscore"), Number(evaluated[i], "radscore"), 1e-12);
            Assert.Equal(Number(trained[i], "p_combined"), Number(evaluated[i], "p_combined"), 1e-12);
            Assert.Equal(Number(trained[i], "p_clinical"), Number(evaluated[i], "p_clinical"), 1e-12);
        }

        // The combined model's AUC on this cohort is the one train reported for its validation cohort.
        var trainedPerformance = File.ReadAllLines(Path.Combine(baseline.Out, "tables", "performance.csv"));
        var evaluatedPerformance = File.ReadAllLines(Path.Combine(output, "tables", "performance.csv"));
        var trainedCombined = trainedPerformance.Single(l => l.StartsWith("validation,Combined,", StringComparison.Ordinal)).Split(',');
        var evaluatedCombined = evaluatedPerformance.Single(l => l.Contains(",Combined,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(trainedCombined[2..], evaluatedCombined[2..]);

        // The artifact carries a cutoff for the combined model only; the others are not classified at one tuned on this cohort.
        var clinical = evaluatedPerformance.Single(l => l.Contains(",Clinical,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("—", clinical[4]);
        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("figure-roc-", html);
        Assert.Contains("figure-nomogram-combined", html);
    }

    [Fact]
    public async Task A_cohort_without_the_outcome_column_is_refused_naming_it()
    {
        var run = await EvaluateAsync("--model", Artifact, "--cohort", baseline.Cohorts.Validation, "--outcome", "relapse", "--out", output);
        run.AssertTrainRefused("evaluate refused", "relapse");
    }

    [Fact]
    public async Task The_published_model_is_refused_naming_the_command_that_standardises_it()
    {
        var published = Path.Combine(AppContext.BaseDirectory, "Models", "hcc-ehm-published-1.0.0.json");
        var run = await EvaluateAsync("--model", published, "--cohort", baseline.Cohorts.Validation, "--outcome", "ehm", "--out", output);
        run.AssertTrainRefused("evaluate refused", "hccmesh model standardize");
    }

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static Dictionary<string, string>[] Rows(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToArray();
    }

    private static double Number(Dictionary<string, string> row, string column) => double.Parse(row[column], CultureInfo.InvariantCulture);
}
