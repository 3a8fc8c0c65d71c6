using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Development;
using HccMesh.Modeling.Statistics.Logistic;

namespace HccMesh.Reporting.Evaluation;

/// <summary>The report of <c>hccmesh train</c>: the workflow's every step with its tables and figures.</summary>
public static class DevelopmentReport
{
    public static EvaluationDocument Build(
        DevelopedModel model,
        CohortData training,
        CohortData? validation,
        IReadOnlyList<CohortPerformance> performance,
        ModelArtifact artifact,
        string artifactFileName,
        string softwareVersion,
        DateTimeOffset generated)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(performance);
        ArgumentNullException.ThrowIfNull(artifact);
        var sections = new List<EvaluationSection>
        {
            new("Cohorts", CohortParagraphs(model, training, validation), [], []),
            FeatureSelection(model),
            new("Clinical factors", [], [DevelopmentTables.ClinicalFactors(model)], []),
            CombinedModel(model, training),
            new("Discrimination",
                ["ROC curves of the three models; AUC with DeLong 95% CI, paired DeLong tests between models."],
                [DevelopmentTables.Performance(performance), DevelopmentTables.Comparisons(performance)],
                performance.Select(p => new CaptionedFigure(EvaluationFigures.Roc(p), $"ROC curves, {p.Cohort} cohort.")).ToArray()),
            new("Calibration",
                ["Observed event rate per decile of predicted risk (Clopper–Pearson 95% CI) with the lowess smooth (rms val.prob, drawn within 0–1); the diagonal is perfect calibration. The radiomics model's probability is logistic(radscore), the LASSO's own shrunken prediction, so its slope is expected to exceed 1."],
                [],
                performance.Select(p => new CaptionedFigure(EvaluationFigures.Calibration(p), $"Calibration curves, {p.Cohort} cohort.")).ToArray()),
            new("Clinical usefulness",
                ["Net benefit over threshold probabilities 1–99% against treating all and treating none (decision-curve analysis)."],
                [],
                performance.Select(p => new CaptionedFigure(EvaluationFigures.DecisionCurves(p), $"Decision curves, {p.Cohort} cohort.")).ToArray()),
            new("Model artifact", ArtifactParagraphs(artifact, artifactFileName), [], []),
        };
        return new EvaluationDocument(
            $"Model development — {artifact.Id} {artifact.Version}",
            Notices(training, validation),
            sections,
            softwareVersion,
            generated);
    }

    internal static IReadOnlyList<string> Notices(params CohortData?[] cohorts)
    {
        var notices = new List<string>();
        foreach (var cohort in cohorts)
        {
            if (cohort is null)
            {
                continue;
            }

            foreach (var imputation in cohort.Imputations)
            {
                notices.Add($"{Path.GetFileName(cohort.Source)}: {imputation.Count} missing value(s) of '{imputation.Column}' imputed with the median {Cells.Exact(imputation.Value)} (--impute median).");
            }

            if (cohort.DroppedConstantFeatures.Count > 0)
            {
                notices.Add($"{Path.GetFileName(cohort.Source)}: {cohort.DroppedConstantFeatures.Count} constant feature column(s) dropped (--drop-constant): " +
                    string.Join(", ", cohort.DroppedConstantFeatures.Take(10)) + (cohort.DroppedConstantFeatures.Count > 10 ? ", …" : "") + ".");
            }
        }

        return notices;
    }

    internal static IReadOnlyList<string> ArtifactParagraphs(ModelArtifact artifact, string artifactFileName) =>
    [
        $"Written to {artifactFileName}: model {artifact.Id} {artifact.Version}, radscore on the {artifact.Radscore.FeatureScale} scale, settings {artifact.Settings.FileName} (SHA-256 {artifact.Settings.Sha256 ?? "not recorded"}).",
        $"Risk cutoff {Cells.Fixed(artifact.RiskCutoff.Probability, 4)} on the combined model's probability: {artifact.RiskCutoff.Provenance}.",
        "Flags: " + (artifact.Flags.Count == 0 ? "none" : string.Join(", ", artifact.Flags)) + ".",
        artifact.Provenance,
    ];

    private static IReadOnlyList<string> CohortParagraphs(DevelopedModel model, CohortData training, CohortData? validation)
    {
        var paragraphs = new List<string>
        {
            $"Training: {Path.GetFileName(training.Source)}, {training.Count} patients, {training.Events} events ({training.OutcomeColumn} = 1), {training.FeatureNames.Count} candidate features.",
            validation is null
                ? "No validation cohort was given: every figure below is on the training data and is optimistic."
                : $"Validation: {Path.GetFileName(validation.Source)}, {validation.Count} patients, {validation.Events} events.",
            model.FoldsGiven
                ? $"Cross-validation folds: the training cohort's fold column ({model.CrossValidation.Folds.Length} folds)."
                : $"Cross-validation folds: {model.Spec.Folds} folds drawn as R's set.seed({model.Spec.Seed}); cv.glmnet(nfolds = {model.Spec.Folds}) draws them.",
        };
        return paragraphs;
    }

    private static EvaluationSection FeatureSelection(DevelopedModel model)
    {
        var cv = model.CrossValidation;
        var rule = model.Spec.LambdaRule == LambdaRule.Min ? "λ.min" : "λ.1se";
        var paragraphs = new List<string>
        {
            $"LASSO logistic regression (glmnet-equivalent: standardised features, binomial deviance) over {model.LassoCandidates.Count} features with {cv.Folds.Length}-fold cross-validation: " +
            $"λ.min = {Cells.Exact(cv.Deviance.LambdaMin)} ({cv.NonzeroCount[cv.Deviance.IndexMin]} features), λ.1se = {Cells.Exact(cv.Deviance.Lambda1Se)} ({cv.NonzeroCount[cv.Deviance.Index1Se]} features). " +
            $"The radscore uses {rule}: {model.RadscoreTerms.Count} features.",
        };
        var tables = new List<ResultTable>();
        if (DevelopmentTables.Icc(model) is { } icc)
        {
            tables.Add(icc);
        }

        tables.Add(DevelopmentTables.Radscore(model));
        return new EvaluationSection("Feature selection and radscore", paragraphs, tables,
        [
            new CaptionedFigure(EvaluationFigures.CrossValidation(model), "Cross-validated binomial deviance (mean ± 1 SE) against log(λ); dashed lines at λ.min and λ.1se."),
            new CaptionedFigure(EvaluationFigures.LassoPath(model), "LASSO coefficient paths of the radscore's features (standardised scale) against log(λ); the top axis counts every non-zero coefficient."),
        ]);
    }

    private static EvaluationSection CombinedModel(DevelopedModel model, CohortData training)
    {
        var figures = new List<CaptionedFigure>
        {
            new(EvaluationFigures.Nomogram(NomogramOf("nomogram-combined", "Nomogram — combined model", model.Combined, model.CombinedVariables, model, training), "Risk"),
                "Nomogram of the combined model (rms point scaling; risk axis as rms draws it)."),
        };
        if (model.Clinical.Model is { } clinical)
        {
            figures.Add(new CaptionedFigure(
                EvaluationFigures.Nomogram(NomogramOf("nomogram-clinical", "Nomogram — clinical model", clinical, model.Clinical.IndependentFactors, model, training), "Risk"),
                "Nomogram of the clinical model."));
        }

        return new EvaluationSection("Combined model", [], [DevelopmentTables.CombinedModel(model)], figures);
    }

    private static NomogramModel NomogramOf(
        string name, string title, LogisticRegressionResult fit, IReadOnlyList<string> variables, DevelopedModel model, CohortData training)
    {
        var radscore = model.Radscore(training);
        var terms = new List<NomogramTerm>();
        foreach (var variable in variables)
        {
            var coefficient = fit[variable].Beta;
            if (variable == ClinicalVariableNames.Radscore)
            {
                terms.Add(new NomogramTerm("Radscore", coefficient, EvaluationFigures.AxisValuesOf(radscore)));
                continue;
            }

            var declared = model.ClinicalVariables.First(v => v.Name == variable);
            if (declared.Kind == ClinicalVariableKind.Binary)
            {
                terms.Add(new NomogramTerm(variable, coefficient, [0, 1], ["absent", "present"]));
            }
            else
            {
                var unit = declared.Unit is null ? "" : $" ({declared.Unit})";
                terms.Add(new NomogramTerm(variable + unit, coefficient, EvaluationFigures.AxisValuesOf(training.ClinicalColumn(training.ClinicalNames[IndexOf(model, variable)]))));
            }
        }

        var intercept = fit[LogisticRegression.InterceptName].Beta;
        return new NomogramModel(name, title, intercept, terms, fit.LinearPredictor.ToArray());
    }

    private static int IndexOf(DevelopedModel model, string variable)
    {
        for (var i = 0; i < model.ClinicalVariables.Count; i++)
        {
            if (model.ClinicalVariables[i].Name == variable)
            {
                return i;
            }
        }

        throw new ArgumentException($"unknown clinical variable '{variable}'");
    }
}
