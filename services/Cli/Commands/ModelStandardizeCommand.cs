using System.CommandLine;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Scoring;

namespace HccMesh.Cli.Commands;

/// <summary>
/// <c>hccmesh model standardize --model FILE --reference cohort.csv --out FILE</c>: a site copy of a standardised-radscore
/// artifact with the means and sample SDs of its features over local reference cases (<see cref="ArtifactStandardizer"/>).
/// </summary>
public static class ModelStandardizeCommand
{
    public const int ExitRefused = 2;

    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "Model artifact JSON with a standardised radscore (e.g. hcc-ehm-published-1.0.0.json).", Required = true };
        var reference = new Option<string>("--reference") { Description = "Cohort CSV of local reference cases (`hccmesh features export`): id column and phase_featureName columns.", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the standardised artifact.", Required = true };
        var id = new Option<string?>("--id") { Description = "Id of the new artifact (default: <model id>-site)." };
        var version = new Option<string?>("--version") { Description = "Version of the new artifact, X.Y.Z (default: the model's)." };
        var command = new Command("standardize", "Site standardisation: means and sample SDs (N−1) of the radscore features over local reference cases, written into a copy of the artifact.");
        foreach (var o in new Option[] { model, reference, output, id, version })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            try
            {
                return Run(parse.GetValue(model)!, parse.GetValue(reference)!, parse.GetValue(output)!, parse.GetValue(id), parse.GetValue(version));
            }
            catch (Exception e) when (CohortFailures.IsRefusal(e))
            {
                Console.Error.WriteLine($"model standardize refused: {CohortFailures.Describe(e)}");
                return ExitRefused;
            }
        });
        return command;
    }

    /// <summary>Below this many reference cases the statistics are written with a warning (a rule of thumb, not a requirement).</summary>
    public const int RecommendedReferenceCases = 30;

    private static int Run(string modelPath, string referencePath, string outPath, string? id, string? version)
    {
        var source = LoadArtifact(modelPath);
        if (source.Radscore.FeatureScale != FeatureScale.Standardized)
        {
            throw new ModelArtifactException("radscore.featureScale",
                $"model {source.Id} {source.Version} ({Path.GetFileName(modelPath)}) uses raw feature values; there is nothing to standardise");
        }

        EnsureOutFolder(outPath);
        var cohort = CohortCsvReader.Read(referencePath);
        if (cohort.RowCount < 2)
        {
            throw new ArgumentException($"reference '{referencePath}' has {cohort.RowCount} case; at least 2 are needed for a sample SD (N − 1)");
        }

        var rows = CohortColumns.FeatureRows(source.Radscore.Features, cohort);
        var description = $"{rows.Count} site reference cases from {Path.GetFileName(referencePath)}";
        var result = ArtifactStandardizer.Standardize(source, rows, description, id, version);
        RiskScorer.EnsureScorable(result);
        ModelArtifactJson.Save(result, outPath);
        Console.WriteLine($"standardised artifact written: {outPath} ({result.Id} {result.Version}; {rows.Count} reference cases, {result.Radscore.Features.Count} features)");
        foreach (var s in result.Radscore.Standardization!.Features)
        {
            Console.WriteLine($"  {s.Phase}/{s.Name}: mean {s.Mean:G6}, sd {s.Sd:G6}");
        }

        Console.WriteLine($"flags: [{string.Join(", ", result.Flags)}]");
        if (rows.Count < RecommendedReferenceCases)
        {
            Console.Error.WriteLine($"warning: only {rows.Count} reference cases; each mean is uncertain by about SD/√{rows.Count} and the SDs are unstable. " +
                $"Use at least {RecommendedReferenceCases} cases representative of the site's patients and scanners.");
        }

        return 0;
    }

    /// <summary>Loads an artifact named by --model (also used by <c>model recalibrate</c>); a missing file is one line, not a stack trace.</summary>
    internal static ModelArtifact LoadArtifact(string path) =>
        File.Exists(path) ? ModelArtifactJson.Load(path) : throw new FileNotFoundException($"--model '{path}': no such file");

    internal static void EnsureOutFolder(string outPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(outPath))!;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"--out '{outPath}': folder '{folder}' does not exist");
        }
    }
}
