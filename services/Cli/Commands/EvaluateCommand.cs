using System.CommandLine;
using System.Globalization;
using System.Text;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Development;
using HccMesh.Modeling.Scoring;
using HccMesh.Reporting.Evaluation;
using HccMesh.ServiceDefaults;

namespace HccMesh.Cli.Commands;

/// <summary>
/// <c>hccmesh evaluate --model M.json --cohort C.csv --outcome ehm --out DIR</c>: a model artifact on a new cohort —
/// every patient scored exactly as the Scoring service scores a study, then the development metrics, figures and report.
/// </summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "Model artifact JSON (e.g. the one hccmesh train wrote).", Required = true };
        var cohort = new Option<string>("--cohort") { Description = "Cohort CSV: id, outcome (0/1), BMI/MVI/PV/ALB (MVI/PV 0/1, 1 = present), <phase>_<feature> columns; hccmesh features export --outcomes writes it.", Required = true };
        var outcome = new Option<string>("--outcome") { Description = "Outcome column (0/1).", Required = true };
        var idColumn = new Option<string>("--id-column") { Description = "Column with the patient/study id.", DefaultValueFactory = _ => "id" };
        var output = new Option<string>("--out") { Description = "Output folder: report.html, tables/, figures/, predictions.csv.", Required = true };
        var command = new Command("evaluate", "Evaluate a model artifact on a new cohort: AUC with DeLong CI, the combined model's classification at the artifact's cutoff, calibration, decision curves, report.");
        foreach (var o in new Option[] { model, cohort, outcome, idColumn, output })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            try
            {
                return Run(parse.GetValue(model)!, parse.GetValue(cohort)!, parse.GetValue(outcome)!, parse.GetValue(idColumn)!, Path.GetFullPath(parse.GetValue(output)!));
            }
            catch (Exception e) when (CohortFailures.IsRefusal(e))
            {
                Console.Error.WriteLine($"evaluate refused: {CohortFailures.Describe(e)}");
                return TrainCommand.ExitRefused;
            }
        });
        return command;
    }

    public static int Run(string modelPath, string cohortPath, string outcomeColumn, string idColumn, string outputDirectory)
    {
        var artifact = ModelArtifactJson.Load(modelPath);
        RiskScorer.EnsureScorable(artifact);
        var table = CohortCsvReader.Read(cohortPath, idColumn);
        var outcome = CohortOutcomes.Read(table, outcomeColumn);
        if (outcome.All(v => v == outcome[0]))
        {
            throw new CohortException(table.Source, outcomeColumn, null,
                $"cohort '{table.Source}': every patient has {outcomeColumn} = {outcome[0]}; an evaluation needs events and non-events");
        }

        var predictions = CohortScorer.Score(artifact, table);
        var models = new List<ModelScores> { new(ModelNames.Radiomics, predictions.Select(p => Logistic.Probability(p.Radscore)).ToArray()) };
        if (artifact.ClinicalModel is not null)
        {
            models.Add(new ModelScores(ModelNames.Clinical, predictions.Select(p => p.ClinicalProbability!.Value).ToArray()));
        }

        models.Add(new ModelScores(ModelNames.Combined, predictions.Select(p => p.Probability).ToArray()));
        var scores = new CohortScores(Path.GetFileNameWithoutExtension(table.Source), table.Source, predictions.Select(p => p.Id).ToArray(), outcome,
            predictions.Select(p => p.Radscore).ToArray(), models);
        var cutoffs = new Dictionary<string, (double, string)>
        {
            [ModelNames.Combined] = (artifact.RiskCutoff.Probability, $"the model's risk cutoff ({artifact.RiskCutoff.Provenance})"),
        };
        var performance = PerformanceEvaluator.Evaluate(scores, cutoffs);
        var document = ArtifactEvaluationReport.Build(artifact, Path.GetFileName(modelPath), performance, NomogramOf(artifact, table, predictions),
            SoftwareVersion.Current, DateTimeOffset.UtcNow);
        ReportOutput.Write(outputDirectory, document);
        File.WriteAllText(Path.Combine(outputDirectory, "predictions.csv"), PredictionsCsv(predictions, outcome));

        Console.WriteLine($"{Path.GetFileName(table.Source)} (n = {performance.Count}, {performance.Events} events), model {artifact.Id} {artifact.Version}:");
        foreach (var m in performance.Models)
        {
            var calibration = m.Calibration is null ? "calibration not computable" : $"calibration-in-the-large {m.Calibration.CalibrationInTheLarge:F3}, slope {m.Calibration.Slope:F3}";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {m.Model}: AUC {m.Auc.Auc:F3} ({m.Auc.Lower:F3}–{m.Auc.Upper:F3}); {(m.Classification is { } c ? $"at the model's cutoff {c.Cutoff:F4}: sensitivity {c.Confusion.Sensitivity:F3}, specificity {c.Confusion.Specificity:F3}" : "no cutoff in the artifact")}; {calibration}"));
        }

        Console.WriteLine($"report: {Path.Combine(outputDirectory, "report.html")}");
        return 0;
    }

    private static NomogramModel? NomogramOf(ModelArtifact artifact, CohortTable table, IReadOnlyList<CohortPrediction> predictions)
    {
        var terms = new List<NomogramTerm>();
        foreach (var term in artifact.CombinedModel.Terms)
        {
            if (term.Variable == ClinicalVariableNames.Radscore)
            {
                terms.Add(new NomogramTerm("Radscore", term.Coefficient, EvaluationFigures.AxisValuesOf(predictions.Select(p => p.Radscore).ToArray())));
                continue;
            }

            var variable = artifact.ClinicalVariables.First(v => v.Name == term.Variable);
            if (variable.Coding is { } coding)
            {
                terms.Add(new NomogramTerm(variable.Name, term.Coefficient, [coding.Absent, coding.Present], ["absent", "present"]));
                continue;
            }

            var column = table.Columns.First(c => string.Equals(c, variable.Name, StringComparison.OrdinalIgnoreCase));
            var values = Enumerable.Range(0, table.RowCount).Select(r => CohortColumns.Number(table, r, column, variable.Name)).ToArray();
            terms.Add(new NomogramTerm(variable.Unit is null ? variable.Name : $"{variable.Name} ({variable.Unit})", term.Coefficient, EvaluationFigures.AxisValuesOf(values)));
        }

        return new NomogramModel("nomogram-combined", $"Nomogram — {artifact.Id} {artifact.Version} combined model", artifact.CombinedModel.Intercept, terms,
            predictions.Select(p => p.CombinedLinearPredictor).ToArray());
    }

    private static string PredictionsCsv(IReadOnlyList<CohortPrediction> predictions, double[] outcome)
    {
        var csv = new StringBuilder("id,outcome,radscore,linear_predictor,p_combined,risk_group,p_clinical\n");
        for (var i = 0; i < predictions.Count; i++)
        {
            var p = predictions[i];
            csv.Append(CsvField.Quote(p.Id))
                .Append(',').Append(outcome[i].ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(p.Radscore.ToString("R", CultureInfo.InvariantCulture))
                .Append(',').Append(p.CombinedLinearPredictor.ToString("R", CultureInfo.InvariantCulture))
                .Append(',').Append(p.Probability.ToString("R", CultureInfo.InvariantCulture))
                .Append(',').Append(p.RiskGroup)
                .Append(',').Append(p.ClinicalProbability?.ToString("R", CultureInfo.InvariantCulture) ?? "")
                .Append('\n');
        }

        return csv.ToString();
    }
}
