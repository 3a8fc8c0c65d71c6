using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Development;
using HccMesh.Modeling.Statistics.Logistic;

namespace HccMesh.Reporting.Evaluation;

/// <summary>
/// The results tables of a development run: Table 2 (clinical factors, univariate and multivariate), Table 3
/// (combined model), the radscore formula, model performance per cohort, DeLong comparisons and the ICC filter.
/// </summary>
public static class DevelopmentTables
{
    public static ResultTable ClinicalFactors(DevelopedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var clinical = model.Clinical;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var variable in model.ClinicalVariables)
        {
            var univariate = clinical.Univariate.Fits[variable.Name][variable.Name];
            var multivariate = clinical.Multivariate is not null && clinical.Univariate.Selected.Contains(variable.Name)
                ? clinical.Multivariate[variable.Name]
                : null;
            rows.Add(
            [
                variable.Name,
                OddsRatio(univariate),
                Cells.P(univariate.P),
                multivariate is null ? "—" : OddsRatio(multivariate),
                multivariate is null ? "—" : Cells.P(multivariate.P),
                clinical.IndependentFactors.Contains(variable.Name) ? "yes" : "no",
            ]);
        }

        return new ResultTable(
            "table2-clinical-factors",
            "Table 2. Clinical factors: univariate and multivariate logistic regression (training cohort)",
            ["Variable", "Univariate OR (95% CI)", "Univariate p", "Multivariate OR (95% CI)", "Multivariate p", "Independent factor"],
            rows,
            $"Univariate screen at p < {Cells.Fixed(model.Spec.UnivariateThreshold, 2)}; the survivors enter the multivariate model; " +
            $"independent factors (multivariate p < {Cells.Fixed(model.Spec.MultivariateThreshold, 2)}) form the clinical model. " +
            "Wald 95% CIs. Binary variables coded present = 1, absent = 0.");
    }

    public static ResultTable CombinedModel(DevelopedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rows = model.Combined.Terms.Select(t => (IReadOnlyList<string>)
        [
            t.Name,
            Cells.Fixed(t.Beta, 4),
            Cells.Fixed(t.StandardError, 4),
            t.Name == LogisticRegression.InterceptName ? "—" : OddsRatio(t),
            Cells.P(t.P),
        ]).ToArray();
        return new ResultTable(
            "table3-combined-model",
            "Table 3. Combined model: multivariate logistic regression of the independent clinical factors and the radscore (training cohort)",
            ["Term", "β", "SE", "OR (95% CI)", "p"],
            rows,
            $"Deviance {Cells.Fixed(model.Combined.Deviance, 3)} on {model.TrainingCount} patients ({model.TrainingEvents} events); AIC {Cells.Fixed(model.Combined.Aic, 3)}.");
    }

    public static ResultTable Radscore(DevelopedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "(Intercept)", "", Cells.Exact(model.RadscoreIntercept), "", "", Cells.Exact(model.StandardizedRadscoreIntercept) },
        };
        rows.AddRange(model.RadscoreTerms.Select(t => (IReadOnlyList<string>)
            [t.Feature, t.Phase, Cells.Exact(t.Coefficient), Cells.Exact(t.Mean), Cells.Exact(t.Sd), Cells.Exact(t.StandardizedCoefficient)]));
        return new ResultTable(
            "radscore-features",
            $"Radscore: the {model.RadscoreTerms.Count} features the LASSO kept at λ = {model.Lambda.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}",
            ["Feature", "Phase", "Coefficient (raw value)", "Training mean", "Training SD (N−1)", "Coefficient (z-score)"],
            rows,
            "radscore = intercept + Σ coefficient · value (raw), or equivalently standardised intercept + Σ coefficient(z) · (value − mean) / SD.");
    }

    public static ResultTable Performance(IReadOnlyList<CohortPerformance> cohorts)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var cohort in cohorts)
        {
            foreach (var m in cohort.Models)
            {
                var c = m.Classification;
                rows.Add(
                [
                    cohort.Cohort,
                    m.Model,
                    $"{m.Count} ({m.Events})",
                    Cells.WithInterval(m.Auc.Auc, m.Auc.Lower, m.Auc.Upper),
                    c is null ? "—" : Cells.Fixed(c.Cutoff, 4),
                    c is null ? "—" : Cells.Fixed(c.Accuracy),
                    c is null ? "—" : Cells.Fixed(c.Confusion.Sensitivity),
                    c is null ? "—" : Cells.Fixed(c.Confusion.Specificity),
                    c is null ? "—" : Cells.Fixed(c.Confusion.Precision),
                    c is null ? "—" : Cells.Fixed(c.NegativePredictiveValue),
                    c is null ? "—" : Cells.Fixed(c.Confusion.F1),
                    m.HosmerLemeshow is null ? "—" : $"{Cells.Fixed(m.HosmerLemeshow.ChiSquare, 2)} (p {Cells.P(m.HosmerLemeshow.PValue)})",
                    m.Calibration is null ? "—" : Cells.Fixed(m.Calibration.CalibrationInTheLarge),
                    m.Calibration is null ? "—" : Cells.Fixed(m.Calibration.Slope),
                    m.Calibration is null ? "—" : Cells.Fixed(m.Calibration.Brier, 4),
                ]);
            }
        }

        var unavailable = cohorts.SelectMany(c => c.Models.SelectMany(m => new[]
        {
            m.HosmerLemeshowUnavailable is null ? null : $"{c.Cohort} {m.Model}: no Hosmer–Lemeshow test ({m.HosmerLemeshowUnavailable})",
            m.CalibrationUnavailable is null ? null : $"{c.Cohort} {m.Model}: no calibration intercept/slope ({m.CalibrationUnavailable})",
        })).OfType<string>().ToArray();
        var bySource = cohorts.SelectMany(c => c.Models.Select(m => (Label: $"{c.Cohort} {m.Model}", Source: m.Classification?.CutoffSource
                ?? "none: the model carries no cutoff, and one tuned on this cohort would be optimistic")))
            .GroupBy(x => x.Source).ToArray();
        var sources = bySource.Length == 1
            ? bySource[0].Key + ", every model"
            : string.Join("; ", bySource.Select(g => $"{string.Join(", ", g.Select(x => x.Label))}: {g.Key}"));
        return new ResultTable(
            "performance",
            "Model performance",
            ["Cohort", "Model", "N (events)", "AUC (95% CI)", "Cutoff", "Accuracy", "Sensitivity", "Specificity", "PPV", "NPV", "F1",
                "Hosmer–Lemeshow χ² (p)", "Calibration-in-the-large", "Calibration slope", "Brier"],
            rows,
            "AUC CI by DeLong. Cutoffs on the predicted probability (" + sources + "). Hosmer–Lemeshow with 10 groups (df 8). " +
            "Calibration intercept (in the large, slope fixed at 1) and slope from logistic recalibration of the linear predictor." +
            (unavailable.Length == 0 ? "" : " " + string.Join(" ", unavailable.Select(u => u + "."))));
    }

    public static ResultTable Comparisons(IReadOnlyList<CohortPerformance> cohorts)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        var rows = cohorts.SelectMany(cohort => cohort.Comparisons.Select(c => (IReadOnlyList<string>)
        [
            cohort.Cohort,
            $"{c.First} vs {c.Second}",
            Cells.Fixed(c.Test.Auc1),
            Cells.Fixed(c.Test.Auc2),
            Cells.Fixed(c.Test.Z, 3),
            Cells.P(c.Test.PValue),
        ])).ToArray();
        return new ResultTable("delong", "AUC comparisons (paired DeLong test)", ["Cohort", "Comparison", "AUC 1", "AUC 2", "Z", "p"], rows);
    }

    public static ResultTable? Icc(DevelopedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Icc is not { } icc)
        {
            return null;
        }

        var values = icc.Features.Where(f => f.Estimate is not null).Select(f => f.Estimate!.Value).Order().ToArray();
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "Candidate features", Cells.Count(icc.Features.Count) },
            new[] { "Without variance (no ICC)", Cells.Count(icc.Features.Count(f => f.Estimate is null)) },
            new[] { $"Kept (ICC > {Cells.Fixed(icc.Threshold, 2)})", Cells.Count(icc.Kept.Count) },
            new[] { "Median ICC", values.Length == 0 ? "—" : Cells.Fixed(Median.Of(values)) },
        };
        return new ResultTable("icc-filter", $"Reproducibility filter ({icc.Form}, {icc.Subjects} repeat segmentations)", ["", "Value"], rows,
            "ICC as psych::ICC computes it (two-way ANOVA); per-feature values are in icc.csv.");
    }

    private static string OddsRatio(LogisticTerm term) => Cells.WithInterval(term.OddsRatio, term.OddsRatioLower, term.OddsRatioUpper);
}
