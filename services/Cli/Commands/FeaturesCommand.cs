using System.CommandLine;
using HccMesh.Modeling.Cohorts;
using HccMesh.Storage;

namespace HccMesh.Cli.Commands;

/// <summary><c>hccmesh features ...</c>: work on the feature sets of processed studies.</summary>
public static class FeaturesCommand
{
    public const int ExitRefused = 2;

    /// <summary>Where <c>hccmesh analyze</c> keeps its store unless --store is given (appsettings.cli.json).</summary>
    public const string DefaultStore = ".hccmesh/store";

    public static Command Create()
    {
        var command = new Command("features", "Feature sets of processed studies: export them as one cohort CSV.");
        command.Subcommands.Add(Export());
        return command;
    }

    private static Command Export()
    {
        var store = new Option<string>("--store") { Description = $"Object-store folder of the processed studies (default: {DefaultStore}, as `hccmesh analyze`).", DefaultValueFactory = _ => DefaultStore };
        var output = new Option<string>("--out") { Description = "Cohort CSV to write.", Required = true };
        var outcomes = new Option<string?>("--outcomes") { Description = "CSV with columns id (the study key) and the outcome (0/1, empty when unknown), joined as a column." };
        var outcomeColumn = new Option<string?>("--outcome-column") { Description = "Outcome column of the --outcomes file (default: its only column besides id)." };
        var command = new Command("export",
            "One row per processed study: id (study key), BMI, MVI (0/1), PV (0/1), ALB, then phase_featureName columns " +
            "(phases sorted, features in the extractor's order), for `hccmesh train` and `hccmesh model standardize`.");
        foreach (var o in new Option[] { store, output, outcomes, outcomeColumn })
        {
            command.Options.Add(o);
        }

        command.SetAction(async (parse, ct) =>
        {
            var root = parse.GetValue(store)!;
            if (parse.GetValue(outcomeColumn) is not null && parse.GetValue(outcomes) is null)
            {
                return Refuse("--outcome-column needs --outcomes FILE");
            }

            if (!Directory.Exists(root))
            {
                return Refuse($"store folder '{root}' does not exist; give the --store used with `hccmesh analyze`");
            }

            try
            {
                var summary = await FeaturesExporter.ExportAsync(
                    new FileSystemObjectStore(root), parse.GetValue(output)!, parse.GetValue(outcomes), parse.GetValue(outcomeColumn), ct);
                Print(summary, parse.GetValue(output)!);
                return 0;
            }
            catch (Exception e) when (e is FeaturesExportException or CohortException or ArgumentException or IOException or UnauthorizedAccessException)
            {
                return Refuse(e.Message);
            }
        });
        return command;
    }

    private static int Refuse(string message)
    {
        Console.Error.WriteLine($"features export refused: {message}");
        return ExitRefused;
    }

    private static void Print(FeaturesExportSummary summary, string output)
    {
        Console.WriteLine(
            $"exported {summary.Exported} studies × {summary.FeatureColumns} feature columns (phases {string.Join(", ", summary.Phases)}; " +
            $"settings SHA-256 {summary.SettingsSha256}) to {output}");
        if (summary.OutcomeColumn is not null)
        {
            Console.WriteLine($"outcome '{summary.OutcomeColumn}': {summary.WithOutcome} studies with an outcome, {summary.WithoutOutcome} without (empty cell)");
        }

        if (summary.IllustrativeClinical > 0)
        {
            Console.WriteLine($"warning: {summary.IllustrativeClinical} studies carry illustrative (made-up) clinical values, exported as given");
        }

        Console.WriteLine($"skipped {summary.Skipped.Count} studies");
        foreach (var (studyId, reason) in summary.Skipped)
        {
            Console.WriteLine($"  study {studyId:N}: {reason}");
        }
    }
}
