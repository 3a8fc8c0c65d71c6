using ScottPlot;

namespace HccMesh.Reporting.Figures;

/// <summary>
/// LASSO coefficient path as glmnet's <c>plot(fit, xvar = "lambda")</c>: each feature's coefficient against log(λ),
/// one line per feature that is non-zero somewhere on the path, the non-zero count along the top axis, dashed
/// verticals at λ.min and λ.1se. Features are told apart by colour and dash pattern and named in a legend to the right
/// of the data area, so no label sits on the curves.
/// </summary>
public static class LassoPathFigure
{
    /// <summary>Wider than the other charts: the legend of feature names sits beside the data area.</summary>
    public const int DefaultWidth = 1000;
    public const int DefaultHeight = 600;
    private const float LegendSize = FigureStyle.LegendSize - 2;
    private const float MinimumDataWidth = 300;

    public static RenderedFigure Render(
        string name,
        IReadOnlyList<double> lambda,
        IReadOnlyList<IReadOnlyList<double>> coefficientsByLambda,
        IReadOnlyList<string> featureNames,
        double lambdaMin,
        double lambda1Se,
        string title = "",
        int width = DefaultWidth,
        int height = DefaultHeight)
    {
        FigureInput.RequireFileStem(name, nameof(name));
        ArgumentNullException.ThrowIfNull(title);
        FigureInput.RequireSize(width, height);
        LambdaAxis.ValidateLambda(lambda, lambdaMin, lambda1Se);
        FigureInput.RequireNonEmpty(featureNames, "Feature names", nameof(featureNames));
        for (var f = 0; f < featureNames.Count; f++)
        {
            FigureInput.RequireLabel(featureNames[f], $"Feature {f}", nameof(featureNames));
        }

        ArgumentNullException.ThrowIfNull(coefficientsByLambda);
        FigureInput.RequireSameLength(lambda, coefficientsByLambda, "Lambda/coefficient rows", nameof(coefficientsByLambda));
        for (var k = 0; k < coefficientsByLambda.Count; k++)
        {
            var row = coefficientsByLambda[k] ?? throw new ArgumentException($"Coefficient row {k} is null.", nameof(coefficientsByLambda));
            FigureInput.RequireSameLength(featureNames, row, $"Feature names/coefficient row {k}", nameof(coefficientsByLambda));
            FigureInput.RequireFinite(row, $"Coefficient row {k}", nameof(coefficientsByLambda));
        }

        var logLambda = LambdaAxis.Log(lambda);
        var (left, right) = LambdaAxis.Limits(logLambda);
        var nonZero = new int[lambda.Count];
        var ever = new bool[featureNames.Count];
        double lowest = 0, highest = 0;
        for (var k = 0; k < lambda.Count; k++)
        {
            for (var f = 0; f < featureNames.Count; f++)
            {
                var b = coefficientsByLambda[k][f];
                if (b != 0)
                {
                    nonZero[k]++;
                    ever[f] = true;
                }

                lowest = Math.Min(lowest, b);
                highest = Math.Max(highest, b);
            }
        }

        using var plot = FigureStyle.CreatePlot(title, LambdaAxis.BottomAxisTitle(title.Length > 0), "Coefficient");
        var zero = plot.Add.HorizontalLine(0, 1, FigurePalette.Reference, LinePattern.Solid);
        zero.ExcludeFromLegend = true;

        var legendLabels = new List<string>();

        // Legend (and colour) order = order of entry into the model along decreasing λ, as the path is read.
        var drawn = 0;
        foreach (var f in EntryOrder(coefficientsByLambda, lambda, ever))
        {
            var path = new double[lambda.Count];
            for (var k = 0; k < path.Length; k++)
            {
                path[k] = coefficientsByLambda[k][f];
            }

            var line = plot.Add.ScatterLine(logLambda, path, FigurePalette.Series(drawn));
            line.LineWidth = 2;
            line.LinePattern = FigurePalette.Pattern(drawn);
            line.LegendText = featureNames[f];
            legendLabels.Add(featureNames[f]);
            drawn++;
        }

        LambdaAxis.AddSelectionLines(plot, lambdaMin, lambda1Se, legendLabels);
        var (legendWidth, _) = LegendPlacement.EstimateLegendSize(legendLabels, LegendSize);
        var dataWidth = width - 90 - legendWidth - 40;
        if (dataWidth < MinimumDataWidth)
        {
            throw new ArgumentException(
                $"Width {width} leaves {dataWidth:0} px for the path beside the legend of feature names; use at least {width + MinimumDataWidth - dataWidth:0}.",
                nameof(width));
        }

        plot.Layout.Fixed(new PixelPadding(90, legendWidth + 40, 72, string.IsNullOrEmpty(title) ? 84 : 96));
        var span = Math.Max(highest - lowest, 1e-12);
        plot.Axes.SetLimits(left, right, lowest - (0.05 * span), highest + (0.05 * span));
        LambdaAxis.AddNonZeroAxis(plot, logLambda, nonZero, left, right, title.Length > 0);
        var legend = plot.ShowLegend(Edge.Right);
        legend.Legend.FontSize = LegendSize;
        return FigureRenderer.Render(plot, name, title.Length > 0 ? title : "LASSO coefficient path", width, height);
    }

    /// <summary>Features ever non-zero, ordered by the largest λ at which they are non-zero (ties by index).</summary>
    private static IEnumerable<int> EntryOrder(IReadOnlyList<IReadOnlyList<double>> coefficients, IReadOnlyList<double> lambda, bool[] ever)
    {
        var entry = new double[ever.Length];
        for (var f = 0; f < ever.Length; f++)
        {
            for (var k = 0; k < lambda.Count; k++)
            {
                if (coefficients[k][f] != 0)
                {
                    entry[f] = Math.Max(entry[f], lambda[k]);
                }
            }
        }

        return Enumerable.Range(0, ever.Length).Where(f => ever[f]).OrderByDescending(f => entry[f]).ThenBy(f => f);
    }
}
