using System.CommandLine;
using System.Diagnostics;
using HccMesh.Cli.Commands;

namespace HccMesh.Cli.Bench;

/// <summary>
/// <c>hccmesh bench train</c>: times <c>hccmesh train</c> end to end on a synthetic cohort of the paper's size
/// (277 training and 97 validation patients, three phases × 1130 features, 10-fold CV) and prints the figures.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var patients = new Option<int>("--patients") { Description = "Training patients.", DefaultValueFactory = _ => 277 };
        var validationPatients = new Option<int>("--validation-patients") { Description = "Validation patients.", DefaultValueFactory = _ => 97 };
        var phases = new Option<int>("--phases") { Description = "Phases (1–3) × 1130 features.", DefaultValueFactory = _ => 3 };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic data and of the folds.", DefaultValueFactory = _ => 1 };
        var keep = new Option<string?>("--keep") { Description = "Keep the cohorts and the train output in this folder (e.g. to run the same fit in R)." };
        var train = new Command("train", "Time hccmesh train on a synthetic 277 × 3390 cohort.");
        foreach (var o in new Option[] { patients, validationPatients, phases, folds, seed, keep })
        {
            train.Options.Add(o);
        }

        train.SetAction(parse =>
        {
            var phaseCount = parse.GetValue(phases);
            if (phaseCount is < 1 or > 3)
            {
                Console.Error.WriteLine("bench: --phases must be 1, 2 or 3");
                return 2;
            }

            var folder = parse.GetValue(keep) is { } k ? Path.GetFullPath(k) : Path.Combine(Path.GetTempPath(), "hccmesh-bench-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                return Run(folder, parse.GetValue(patients), parse.GetValue(validationPatients), SyntheticCohort.DefaultPhases.Take(phaseCount).ToArray(),
                    parse.GetValue(folds), parse.GetValue(seed));
            }
            finally
            {
                if (parse.GetValue(keep) is null)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        });
        var command = new Command("bench", "Benchmarks that print their figures.");
        command.Subcommands.Add(train);
        return command;
    }

    private static int Run(string folder, int patients, int validationPatients, string[] phases, int folds, int seed)
    {
        var trainingPath = Path.Combine(folder, "training.csv");
        var validationPath = Path.Combine(folder, "validation.csv");
        var started = Stopwatch.GetTimestamp();
        using (var writer = new StreamWriter(trainingPath))
        {
            SyntheticCohort.Write(writer, patients, seed, phases: phases, idPrefix: "T");
        }

        using (var writer = new StreamWriter(validationPath))
        {
            SyntheticCohort.Write(writer, validationPatients, seed + 1000, phases: phases, idPrefix: "V");
        }

        var generated = Stopwatch.GetElapsedTime(started);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        started = Stopwatch.GetTimestamp();
        var exit = TrainCommand.Run(new TrainRequest
        {
            TrainingPath = trainingPath,
            ValidationPath = validationPath,
            OutputDirectory = Path.Combine(folder, "train"),
            Outcome = "ehm",
            Clinical = "BMI,MVI,PV,ALB",
            Folds = folds,
            Seed = seed,
        });
        var elapsed = Stopwatch.GetElapsedTime(started);
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Console.WriteLine($"bench train: {patients} training + {validationPatients} validation patients, {phases.Length * SyntheticCohort.FeatureNamesPerPhase().Count} features, {folds}-fold CV, {Environment.ProcessorCount} cores");
        Console.WriteLine($"  synthetic cohorts written in {generated.TotalSeconds:F2} s ({new FileInfo(trainingPath).Length / 1e6:F1} MB training CSV)");
        Console.WriteLine($"  hccmesh train: {elapsed.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU (read, LASSO CV, models, metrics, figures, report)");
        return exit;
    }
}
