using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Development;
using HccMesh.Modeling.Statistics.Logistic;
using HccMesh.Modeling.Statistics.Reliability;
using HccMesh.Reporting.Evaluation;
using HccMesh.ServiceDefaults;

namespace HccMesh.Cli.Commands;

/// <summary>
/// <c>hccmesh train --training T.csv --validation V.csv --outcome ehm --clinical BMI,MVI,PV,ALB --out DIR</c>: the
/// paper's model development end to end (ICC filter, LASSO CV → radscore, clinical uni/multivariate, combined model,
/// metrics and DeLong tests on both cohorts), writing the artifact Scoring loads, the tables and the HTML report.
/// </summary>
public static class TrainCommand
{
    public const int ExitRefused = 2;

    public static Command Create()
    {
        var o = new TrainOptions();
        var command = new Command("train", "Develop the radscore, clinical and combined models from a training cohort and evaluate them on a validation cohort.");
        o.AddTo(command);
        command.SetAction(parse =>
        {
            try
            {
                return Run(o.Read(parse));
            }
            catch (Exception e) when (CohortFailures.IsRefusal(e))
            {
                Console.Error.WriteLine($"train refused: {CohortFailures.Describe(e)}");
                return ExitRefused;
            }
        });
        return command;
    }

    public static int Run(TrainRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireOutputFolder(request.OutputDirectory);
        var trainingTable = CohortCsvReader.Read(request.TrainingPath, request.IdColumn);
        // Read the validation file before the expensive fit, so that a broken one is refused at once.
        var validationTable = request.ValidationPath is null ? null : CohortCsvReader.Read(request.ValidationPath, request.IdColumn);
        var clinicalMap = ClinicalColumnMap.Parse(request.Clinical);
        var variables = clinicalMap.Select(m => m.Variable).ToArray();
        var selection = Selection(request, clinicalMap, trainingTable);
        var training = CohortSelector.Select(trainingTable, selection);
        var validationClinical = validationTable is null ? null : ClinicalColumnMap.Resolve(clinicalMap, validationTable.Columns, Path.GetFileName(validationTable.Source));
        var repeat = request.RepeatPath is null ? null : CohortCsvReader.Read(request.RepeatPath, request.IdColumn);
        var spec = new DevelopmentSpec
        {
            ModelId = request.ModelId,
            ModelVersion = request.ModelVersion,
            Settings = SettingsOf(request.SettingsPath),
            Folds = request.Folds,
            Seed = request.Seed,
            LambdaRule = request.LambdaRule,
            RadscoreScale = request.RadscoreScale,
            IccForm = request.IccForm,
            DefaultPhase = request.DefaultPhase,
        };
        Console.Error.WriteLine($"training: {Path.GetFileName(training.Source)}: {training.Count} patients, {training.Events} events, {training.FeatureNames.Count} candidate features, {variables.Length} clinical variables");
        var model = ModelDevelopment.Run(training, spec, variables, repeat, new ConsoleProgress());

        CohortData? validation = null;
        if (validationTable is not null)
        {
            validation = CohortSelector.Select(validationTable, selection with
            {
                ClinicalColumns = validationClinical!,
                FeaturePatterns = [],
                FeatureColumns = model.RadscoreTerms.Select(t => t.Column).ToArray(),
                FoldColumn = null,
                ConstantFeatures = ConstantFeaturePolicy.Keep,
                ImputationValues = training.ObservedMedians,
            });
        }

        var trainingScores = model.Score(training, "training");
        var cutoffs = PerformanceEvaluator.YoudenCutoffs(trainingScores, "Youden cutoff of the training cohort");
        var performances = new List<CohortPerformance>
        {
            PerformanceEvaluator.Evaluate(trainingScores, cutoffs),
        };
        var scores = new List<CohortScores> { trainingScores };
        if (validation is not null)
        {
            var validationScores = model.Score(validation, "validation");
            scores.Add(validationScores);
            performances.Add(PerformanceEvaluator.Evaluate(validationScores, cutoffs));
        }

        var artifact = TrainedArtifactBuilder.Build(model, cutoffs[ModelNames.Combined].Cutoff, SoftwareVersion.Current, DateTimeOffset.UtcNow);
        Directory.CreateDirectory(request.OutputDirectory);
        var artifactPath = Path.Combine(request.OutputDirectory, "model", $"{artifact.Id}-{artifact.Version}.json");

        var document = DevelopmentReport.Build(model, training, validation, performances, artifact,
            Path.GetRelativePath(request.OutputDirectory, artifactPath), SoftwareVersion.Current, DateTimeOffset.UtcNow);
        var written = ReportOutput.Write(request.OutputDirectory, document).ToList();
        foreach (var s in scores)
        {
            var path = Path.Combine(request.OutputDirectory, $"predictions-{s.Cohort}.csv");
            File.WriteAllText(path, PredictionsCsv(s));
            written.Add(path);
        }

        if (model.Icc is not null)
        {
            var path = Path.Combine(request.OutputDirectory, "icc.csv");
            File.WriteAllText(path, IccCsv(model.Icc));
            written.Add(path);
        }

        // The artifact is what Scoring loads: it appears last (Save writes aside and renames), and only when everything
        // it is reported with has been written.
        Directory.CreateDirectory(Path.GetDirectoryName(artifactPath)!);
        ModelArtifactJson.Save(artifact, artifactPath);
        foreach (var notice in document.Notices)
        {
            Console.WriteLine("note: " + notice);
        }

        PrintSummary(model, performances, artifactPath, request.OutputDirectory);
        return 0;
    }

    private static void RequireOutputFolder(string folder)
    {
        if (File.Exists(folder))
        {
            throw new IOException($"--out '{folder}' is a file; give a folder (it is created if missing)");
        }

        for (var parent = Path.GetDirectoryName(folder); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                throw new IOException($"--out '{folder}': '{parent}' is a file, so the folder cannot be created");
            }

            if (Directory.Exists(parent))
            {
                break;
            }
        }
    }

    private static CohortSelection Selection(
        TrainRequest request, IReadOnlyList<(ClinicalVariable Variable, string? Column)> clinicalMap, CohortTable table)
    {
        var clinicalColumns = ClinicalColumnMap.Resolve(clinicalMap, table.Columns, Path.GetFileName(table.Source));
        return new CohortSelection
        {
            OutcomeColumn = request.Outcome,
            ClinicalColumns = clinicalColumns,
            BinaryColumns = clinicalColumns.Where((_, i) => clinicalMap[i].Variable.Kind == ClinicalVariableKind.Binary).ToArray(),
            FeaturePatterns = request.FeaturePatterns,
            FoldColumn = request.FoldColumn,
            MissingValues = request.ImputeMedian ? MissingValuePolicy.ImputeMedian : MissingValuePolicy.Refuse,
            ConstantFeatures = request.DropConstant ? ConstantFeaturePolicy.Drop : ConstantFeaturePolicy.Refuse,
        };
    }

    internal static SettingsReference SettingsOf(string? path)
    {
        var file = path ?? Path.Combine(AppContext.BaseDirectory, "Settings", "paper-hcc.yaml");
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"--settings '{file}': no such file");
        }

        return new SettingsReference { FileName = Path.GetFileName(file), Sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))) };
    }

    private static string PredictionsCsv(CohortScores scores)
    {
        var csv = new StringBuilder("id,outcome,radscore");
        foreach (var m in scores.Models)
        {
            csv.Append(",p_").Append(m.Model.ToLowerInvariant());
        }

        csv.Append('\n');
        for (var i = 0; i < scores.Ids.Count; i++)
        {
            csv.Append(CsvField.Quote(scores.Ids[i])).Append(',').Append(scores.Outcome[i].ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(scores.Radscore[i].ToString("R", CultureInfo.InvariantCulture));
            foreach (var m in scores.Models)
            {
                csv.Append(',').Append(m.Probability[i].ToString("R", CultureInfo.InvariantCulture));
            }

            csv.Append('\n');
        }

        return csv.ToString();
    }

    private static string IccCsv(IccScreenResult icc)
    {
        var csv = new StringBuilder("feature,icc,lower,upper,kept\n");
        var kept = icc.Kept.ToHashSet(StringComparer.Ordinal);
        foreach (var f in icc.Features)
        {
            csv.Append(CsvField.Quote(f.Feature)).Append(',')
                .Append(f.Estimate is null ? "NA" : f.Estimate.Value.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(f.Estimate is null ? "NA" : f.Estimate.LowerBound.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(f.Estimate is null ? "NA" : f.Estimate.UpperBound.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(kept.Contains(f.Feature) ? "yes" : "no").Append('\n');
        }

        return csv.ToString();
    }

    private static void PrintSummary(DevelopedModel model, IReadOnlyList<CohortPerformance> performances, string artifactPath, string output)
    {
        Console.WriteLine($"radscore: {model.RadscoreTerms.Count} features at lambda = {model.Lambda.ToString("G6", CultureInfo.InvariantCulture)} " +
            $"({model.LassoCandidates.Count} candidates{(model.Icc is null ? "" : $" after the ICC filter, {model.Icc.Features.Count} before")})");
        Console.WriteLine($"clinical independent factors: {(model.Clinical.IndependentFactors.Count == 0 ? "none" : string.Join(", ", model.Clinical.IndependentFactors))}");
        foreach (var p in performances)
        {
            Console.WriteLine($"{p.Cohort} (n = {p.Count}, {p.Events} events): " + string.Join("; ",
                p.Models.Select(m => $"{m.Model} AUC {m.Auc.Auc.ToString("F3", CultureInfo.InvariantCulture)} ({m.Auc.Lower.ToString("F3", CultureInfo.InvariantCulture)}–{m.Auc.Upper.ToString("F3", CultureInfo.InvariantCulture)})")));
        }

        Console.WriteLine($"model artifact: {artifactPath}");
        Console.WriteLine($"report: {Path.Combine(output, "report.html")} (tables in {Path.Combine(output, "tables")}, figures in {Path.Combine(output, "figures")})");
    }
}
