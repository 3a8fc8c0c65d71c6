using System.CommandLine;
using System.Globalization;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Scoring;

namespace HccMesh.Cli.Commands;

/// <summary>
/// <c>hccmesh model recalibrate --model FILE --cohort cohort.csv --outcome COLUMN --method intercept|slope --out FILE</c>:
/// logistic recalibration of the artifact's models on local outcomes (<see cref="CohortRecalibrator"/>).
/// </summary>
public static class ModelRecalibrateCommand
{
    public const int ExitRefused = 2;

    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "Model artifact JSON that can score (standardisation statistics present).", Required = true };
        var cohort = new Option<string>("--cohort") { Description = "Cohort CSV with id, outcome, clinical and phase_featureName columns (`hccmesh features export --outcomes`).", Required = true };
        var outcome = new Option<string>("--outcome") { Description = "Outcome column (0 = no event, 1 = event).", Required = true };
        var method = new Option<string>("--method") { Description = "intercept: glm(y ~ 1, offset = lp); slope: glm(y ~ lp), intercept and slope.", Required = true };
        method.AcceptOnlyFromAmong("intercept", "slope");
        var output = new Option<string>("--out") { Description = "Where to write the recalibrated artifact.", Required = true };
        var id = new Option<string?>("--id") { Description = "Id of the new artifact (default: <model id>-recalibrated)." };
        var version = new Option<string?>("--version") { Description = "Version of the new artifact, X.Y.Z (default: the model's)." };
        var command = new Command("recalibrate", "Logistic recalibration of the combined (and clinical) model's linear predictor on local outcomes.");
        foreach (var o in new Option[] { model, cohort, outcome, method, output, id, version })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            try
            {
                var recalibrationMethod = parse.GetValue(method) == "intercept" ? RecalibrationMethod.Intercept : RecalibrationMethod.InterceptAndSlope;
                return Run(parse.GetValue(model)!, parse.GetValue(cohort)!, parse.GetValue(outcome)!, recalibrationMethod, parse.GetValue(output)!, parse.GetValue(id), parse.GetValue(version));
            }
            catch (Exception e) when (CohortFailures.IsRefusal(e))
            {
                Console.Error.WriteLine($"model recalibrate refused: {CohortFailures.Describe(e)}");
                return ExitRefused;
            }
        });
        return command;
    }

    private static int Run(string modelPath, string cohortPath, string outcome, RecalibrationMethod method, string outPath, string? id, string? version)
    {
        var source = ModelStandardizeCommand.LoadArtifact(modelPath);
        ModelStandardizeCommand.EnsureOutFolder(outPath);
        var cohort = CohortCsvReader.Read(cohortPath);
        var result = CohortRecalibrator.Recalibrate(source, cohort, outcome, method, id, version);
        ModelArtifactJson.Save(result.Artifact, outPath);
        var fit = result.Combined;
        Console.WriteLine($"recalibrated artifact written: {outPath} ({result.Artifact.Id} {result.Artifact.Version})");
        Console.WriteLine($"combined model: {CohortRecalibrator.Describe(fit, Path.GetFileName(cohortPath))}; intercept {F(source.CombinedModel.Intercept)} → {F(result.Artifact.CombinedModel.Intercept)}");
        if (result.Clinical is { } clinical)
        {
            Console.WriteLine($"clinical model: a = {F(clinical.Intercept)}, b = {F(clinical.Slope)}; intercept {F(source.ClinicalModel!.Intercept)} → {F(result.Artifact.ClinicalModel!.Intercept)}");
        }

        Console.WriteLine($"flags: [{string.Join(", ", result.Artifact.Flags)}]; the risk cutoff ({F(result.Artifact.RiskCutoff.Probability)}) is unchanged");
        var highBefore = result.SourcePredictions.Count(p => p.RiskGroup == RiskGroups.High);
        var highAfter = CohortScorer.Score(result.Artifact, cohort).Count(p => p.RiskGroup == RiskGroups.High);
        Console.WriteLine($"at that cutoff {highAfter} of {cohort.RowCount} patients of {Path.GetFileName(cohortPath)} are high risk (before: {highBefore}); " +
            "recalibration moves patients across a fixed probability cutoff, so review the cutoff for this site, and evaluate on other patients than these");
        return 0;
    }

    private static string F(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
