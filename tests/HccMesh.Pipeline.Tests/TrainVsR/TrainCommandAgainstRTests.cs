using System.Globalization;
using HccMesh.Cli.Commands;
using Xunit.Abstractions;
using static HccMesh.Pipeline.Tests.TrainVsR.TrainVsRFixture;

namespace HccMesh.Pipeline.Tests.TrainVsR;

/// <summary>TrainCommand writes to the console; run alone so that no other test's console capture sees it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TrainCommandCollection
{
    public const string Name = "train command (console)";
}

/// <summary>
/// <c>hccmesh train</c> itself (TrainCommand.Run in-process, the fixture's command line) writes the predictions of
/// the in-memory run <see cref="TrainVsRRun"/> bit for bit, so every comparison made there holds for the command.
/// </summary>
[Collection(TrainCommandCollection.Name)]
public sealed class TrainCommandAgainstRTests(ITestOutputHelper output) : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "hccmesh-train-vs-r-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Train_command_writes_the_radscores_and_probabilities_R_computes()
    {
        var run = await Train.CommandLineRunner.Capture(() => Task.FromResult(TrainCommand.Run(TrainVsRRun.Request(folder))));
        run.AssertSucceeded();
        Assert.Single(Directory.GetFiles(Path.Combine(folder, "model"), "*.json"));
        foreach (var cohort in new[] { "training", "validation" })
        {
            var lines = File.ReadAllLines(Path.Combine(folder, $"predictions-{cohort}.csv"));
            Assert.Equal("id,outcome,radscore,p_radiomics,p_clinical,p_combined", lines[0]);
            var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
            var memory = TrainVsRRun.Instance.Scores(cohort);
            Assert.Equal(memory.Ids, rows.Select(r => r[0]));
            Assert.Equal(Strings(cohort + "_ids"), rows.Select(r => r[0]));
            var radscore = Column(rows, 2);
            Assert.Equal(memory.Radscore, radscore);
            var radscoreError = Agreement.MaxAbsolute(radscore, Numbers("lasso_converged", "radscore_" + cohort));
            var messages = new List<string> { $"radscore max abs error vs converged glmnet {radscoreError:E2}" };
            Assert.True(radscoreError <= 1e-10, $"{cohort} radscore error {radscoreError:E3}");
            for (var m = 0; m < memory.Models.Count; m++)
            {
                var p = Column(rows, 3 + m);
                Assert.Equal(memory.Models[m].Probability, p);
                var error = Agreement.MaxRelative(p, Numbers("cohorts", cohort, "models", memory.Models[m].Model, "probability"));
                messages.Add($"p_{memory.Models[m].Model} max rel error {error:E2}");
                Assert.True(error <= 1e-8, $"{cohort} {memory.Models[m].Model} probability error {error:E3}");
            }

            output.WriteLine($"{cohort}: " + string.Join(", ", messages));
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double[] Column(string[][] rows, int index) =>
        rows.Select(r => double.Parse(r[index], NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
}
