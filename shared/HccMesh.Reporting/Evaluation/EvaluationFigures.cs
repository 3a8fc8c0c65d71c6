using HccMesh.Modeling.Development;
using HccMesh.Modeling.Statistics.Nomogram;
using HccMesh.Reporting.Figures;

namespace HccMesh.Reporting.Evaluation;

/// <summary>The report's figures, built from the statistics: ROC, calibration and decision curves per cohort, the LASSO path and CV curve, nomograms.</summary>
public static class EvaluationFigures
{
    /// <summary>Risk ticks offered on a nomogram's risk scale; those outside the model's range are dropped.</summary>
    private static readonly double[] RiskTicks = [0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99];

    public static RenderedFigure Roc(CohortPerformance cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var series = cohort.Models.Select(m => new RocSeries(
            $"{m.Model}: AUC {Cells.WithInterval(m.Auc.Auc, m.Auc.Lower, m.Auc.Upper)}",
            m.Roc.Specificities.Select(s => 1 - s).ToArray(),
            m.Roc.Sensitivities.ToArray())).ToArray();
        return RocFigure.Render("roc-" + Stem(cohort.Cohort), $"ROC curves — {cohort.Cohort} cohort (n = {cohort.Count}, {cohort.Events} events)", series);
    }

    public static RenderedFigure Calibration(CohortPerformance cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var series = cohort.Models.Select(m => new CalibrationSeries(
            $"{m.Model} (slope {(m.Calibration is null ? "—" : Cells.Fixed(m.Calibration.Slope, 2))}, HL p {(m.HosmerLemeshow is null ? "—" : Cells.P(m.HosmerLemeshow.PValue))})",
            m.CalibrationBins.Select(b => new CalibrationPoint(b.MeanPredicted, b.ObservedRate, b.Lower, b.Upper)).ToArray(),
            m.SmoothPredicted,
            m.SmoothObserved.Select(v => Math.Clamp(v, 0, 1)).ToArray())).ToArray();
        return CalibrationFigure.Render("calibration-" + Stem(cohort.Cohort), $"Calibration — {cohort.Cohort} cohort", series);
    }

    public static RenderedFigure DecisionCurves(CohortPerformance cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var first = cohort.Models[0].DecisionCurve;
        var models = cohort.Models.Select(m => new NetBenefitSeries(m.Model, m.DecisionCurve.Model)).ToArray();
        return DecisionCurveFigure.Render("dca-" + Stem(cohort.Cohort), $"Decision curves — {cohort.Cohort} cohort", first.Thresholds, first.TreatAll, models);
    }

    /// <summary>Coefficients of the standardised features (glmnet's internal scale) along the path, so that they are comparable.</summary>
    public static RenderedFigure LassoPath(DevelopedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var path = model.CrossValidation.FullPath;
        // Only the features the radscore kept: a legend of every feature ever non-zero (often 50+) is unreadable.
        var kept = Enumerable.Range(0, model.LassoCandidates.Count).Where(j => path.Beta[model.LambdaIndex][j] != 0).ToArray();
        var standardized = path.Beta.Select(beta => (IReadOnlyList<double>)kept.Select(j => beta[j] * path.StandardDeviations[j]).ToArray()).ToArray();
        var names = kept.Select(j => model.LassoCandidates[j]).ToArray();
        var deviance = model.CrossValidation.Deviance;
        return LassoPathFigure.Render("lasso-path", path.Lambda, standardized, names, deviance.LambdaMin, deviance.Lambda1Se,
            $"LASSO coefficient paths of the {kept.Length} radscore features (standardised)");
    }

    public static RenderedFigure CrossValidation(DevelopedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var cv = model.CrossValidation;
        var deviance = cv.Deviance;
        return CrossValidationFigure.Render("lasso-cv", deviance.Lambda, deviance.Cvm, deviance.Cvsd, cv.NonzeroCount, deviance.LambdaMin, deviance.Lambda1Se,
            "Binomial deviance", $"{cv.Folds.Length}-fold cross-validation");
    }

    /// <summary>An rms-style nomogram: points per term from <see cref="NomogramScale"/>, the risk axis placed as rms draws it.</summary>
    public static RenderedFigure Nomogram(NomogramModel model, string riskLabel)
    {
        ArgumentNullException.ThrowIfNull(model);
        var variables = model.Terms.Select(t => new NomogramVariable(t.Label, t.Coefficient, t.AxisValues)).ToArray();
        var scale = NomogramScale.Build(model.Intercept, variables);
        var axes = model.Terms.Select((t, i) => new NomogramAxis(t.Label, t.AxisValues, scale.AxisPoints(i), t.TickLabels)).ToArray();
        var maxTotal = axes.Sum(a => a.Points.Max());
        var totalTicks = PrettyAxis.Ticks(0, maxTotal, 10);
        // A risk the model reaches only beyond the drawn total-points axis is not printed (rms drops such ticks too).
        var riskPoints = NomogramRiskAxis.TotalPointsAsDrawn(scale, RiskTicks, model.LinearPredictors)
            .Select(p => p >= totalTicks[0] && p <= totalTicks[^1] ? p : double.NaN).ToArray();
        return NomogramFigure.Render(model.Name, model.Title, axes, totalTicks, RiskTicks, riskPoints, riskLabel);
    }

    /// <summary>Axis values of a continuous term: R's pretty() over the observed range.</summary>
    public static IReadOnlyList<double> AxisValuesOf(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return PrettyAxis.Ticks(values.Min(), values.Max());
    }

    internal static string Stem(string cohort) =>
        new(cohort.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
