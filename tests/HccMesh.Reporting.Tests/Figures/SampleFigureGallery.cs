using HccMesh.Reporting.Figures;

namespace HccMesh.Reporting.Tests.Figures;

/// <summary>Every figure of a realistic report, rendered from <see cref="SampleFigureData"/>.</summary>
internal static class SampleFigureGallery
{
    public static IReadOnlyList<RenderedFigure> RenderAll()
    {
        var (thresholds, treatAll, models) = SampleFigureData.DecisionCurve();
        var (lambda, coefficients, nonZero) = SampleFigureData.LassoPath();
        var (cvm, cvsd, lambdaMin, lambda1Se) = SampleFigureData.CrossValidation(lambda);
        var nomogram = SampleFigureData.Nomogram();
        return
        [
            RocFigure.Render("roc-training", "ROC curves, training cohort", SampleFigureData.RocCurves()),
            CalibrationFigure.Render("calibration-combined", "Calibration of the combined model", SampleFigureData.Calibration()),
            DecisionCurveFigure.Render("dca-training", "Decision curves, training cohort", thresholds, treatAll, models),
            LassoPathFigure.Render("lasso-path", lambda, coefficients, SampleFigureData.FeatureNames, lambdaMin, lambda1Se),
            CrossValidationFigure.Render("lasso-cv", lambda, cvm, cvsd, nonZero, lambdaMin, lambda1Se, "Binomial deviance", "10-fold cross-validation of the LASSO"),
            NomogramFigure.Render(
                "nomogram-combined", "Nomogram for microvascular invasion", nomogram.Variables, nomogram.TotalPointsTicks,
                nomogram.RiskTicks, nomogram.RiskTotalPoints, "Risk of MVI"),
        ];
    }
}
