using ScottPlot;

namespace HccMesh.Reporting.Figures;

/// <summary>
/// Cross-validation curve as glmnet's <c>plot(cv.glmnet)</c>: the mean cross-validated measure at each λ as red points
/// with grey ±1 SE error bars (cv.glmnet's cvsd, the standard error of the mean over folds) against log(λ), the non-zero count along the top axis, dashed/dotted verticals at λ.min and
/// λ.1se; the legend goes to the least crowded corner.
/// </summary>
public static class CrossValidationFigure
{
    public const int DefaultWidth = 800;
    public const int DefaultHeight = 600;

    public static RenderedFigure Render(
        string name,
        IReadOnlyList<double> lambda,
        IReadOnlyList<double> cvm,
        IReadOnlyList<double> cvsd,
        IReadOnlyList<int> nonzero,
        double lambdaMin,
        double lambda1Se,
        string measure,
        string title = "",
        int width = DefaultWidth,
        int height = DefaultHeight)
    {
        FigureInput.RequireFileStem(name, nameof(name));
        ArgumentNullException.ThrowIfNull(title);
        FigureInput.RequireSize(width, height);
        FigureInput.RequireLabel(measure, "The cross-validation measure", nameof(measure));
        LambdaAxis.ValidateLambda(lambda, lambdaMin, lambda1Se);
        ArgumentNullException.ThrowIfNull(cvm);
        ArgumentNullException.ThrowIfNull(cvsd);
        ArgumentNullException.ThrowIfNull(nonzero);
        FigureInput.RequireSameLength(lambda, cvm, "Lambda/cvm", nameof(cvm));
        FigureInput.RequireSameLength(lambda, cvsd, "Lambda/cvsd", nameof(cvsd));
        FigureInput.RequireSameLength(lambda, nonzero, "Lambda/nonzero", nameof(nonzero));
        FigureInput.RequireFinite(cvm, "cvm", nameof(cvm));
        FigureInput.RequireFinite(cvsd, "cvsd", nameof(cvsd));
        for (var i = 0; i < lambda.Count; i++)
        {
            if (cvsd[i] < 0)
            {
                throw new ArgumentException($"cvsd[{i}] = {cvsd[i]} is negative.", nameof(cvsd));
            }

            if (nonzero[i] < 0)
            {
                throw new ArgumentException($"nonzero[{i}] = {nonzero[i]} is negative.", nameof(nonzero));
            }
        }

        var logLambda = LambdaAxis.Log(lambda);
        var (left, right) = LambdaAxis.Limits(logLambda);
        var mean = cvm.ToArray();
        var sd = cvsd.ToArray();
        double lowest = double.PositiveInfinity, highest = double.NegativeInfinity;
        for (var i = 0; i < mean.Length; i++)
        {
            lowest = Math.Min(lowest, mean[i] - sd[i]);
            highest = Math.Max(highest, mean[i] + sd[i]);
        }

        var span = Math.Max(highest - lowest, 1e-9 * Math.Max(1, Math.Abs(highest)));
        var (bottom, top) = (lowest - (0.05 * span), highest + (0.05 * span));

        using var plot = FigureStyle.CreatePlot(title, LambdaAxis.BottomAxisTitle(title.Length > 0), measure);
        var padding = new PixelPadding(90, 30, 72, 84);
        plot.Layout.Fixed(padding);

        var bars = plot.Add.ErrorBar(logLambda, mean, sd);
        bars.Color = FigurePalette.ErrorBar;
        bars.LineWidth = 1.2f;
        bars.CapSize = 4;

        var points = plot.Add.Scatter(logLambda, mean, FigurePalette.Vermillion);
        points.LineWidth = 0;
        points.MarkerSize = 7;
        points.LegendText = $"Mean ± 1 SE ({measure})";

        var labels = new List<string> { points.LegendText };
        LambdaAxis.AddSelectionLines(plot, lambdaMin, lambda1Se, labels);
        plot.Axes.SetLimits(left, right, bottom, top);
        LambdaAxis.AddNonZeroAxis(plot, logLambda, nonzero, left, right, title.Length > 0);

        var placement = new LegendPlacement();
        for (var i = 0; i < mean.Length; i++)
        {
            placement.AddCurve([logLambda[i], logLambda[i]], [mean[i] - sd[i], mean[i] + sd[i]]);
        }

        placement.AddCurve([Math.Log(lambdaMin), Math.Log(lambdaMin)], [bottom, top]);
        placement.AddCurve([Math.Log(lambda1Se), Math.Log(lambda1Se)], [bottom, top]);
        plot.ShowLegend(placement.BestCorner(
            plot.Axes.GetLimits(), width - padding.Horizontal, height - padding.Vertical, labels));
        return FigureRenderer.Render(plot, name, title.Length > 0 ? title : $"Cross-validated {measure} against log(λ)", width, height);
    }
}
