using ScottPlot;

namespace HccMesh.Reporting.Figures;

/// <summary>
/// ROC curves: x = 1 − specificity, y = sensitivity, both 0–1 on a square data area, the chance diagonal dashed grey,
/// one colour per curve (Okabe–Ito), legend in the lower right where ROC curves of useful models do not run.
/// </summary>
public static class RocFigure
{
    public const int DefaultSize = 640;

    public static RenderedFigure Render(
        string name, string title, IReadOnlyList<RocSeries> series, int width = DefaultSize, int height = DefaultSize)
    {
        FigureInput.RequireFileStem(name, nameof(name));
        ArgumentNullException.ThrowIfNull(title);
        FigureInput.RequireSize(width, height);
        FigureInput.RequireNonEmpty(series, "ROC series list", nameof(series));
        for (var s = 0; s < series.Count; s++)
        {
            var curve = series[s] ?? throw new ArgumentException($"ROC series {s} is null.", nameof(series));
            FigureInput.RequireLabel(curve.Label, $"ROC series {s}", nameof(series));
            ArgumentNullException.ThrowIfNull(curve.FalsePositiveRate, nameof(series));
            ArgumentNullException.ThrowIfNull(curve.TruePositiveRate, nameof(series));
            if (curve.FalsePositiveRate.Count < 2)
            {
                throw new ArgumentException($"ROC series '{curve.Label}' needs at least two points.", nameof(series));
            }

            FigureInput.RequireSameLength(curve.FalsePositiveRate, curve.TruePositiveRate, $"ROC series '{curve.Label}' FPR/TPR", nameof(series));
            FigureInput.RequireProbabilities(curve.FalsePositiveRate, $"ROC series '{curve.Label}' false positive rate", nameof(series));
            FigureInput.RequireProbabilities(curve.TruePositiveRate, $"ROC series '{curve.Label}' true positive rate", nameof(series));
        }

        using var plot = FigureStyle.CreatePlot(title, "1 − Specificity", "Sensitivity");
        plot.Layout.Fixed(FigureStyle.SquareDataArea(width, height, out _));

        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.LineColor = FigurePalette.Reference;
        diagonal.LineWidth = FigureStyle.ReferenceWidth;
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.MarkerSize = 0;

        for (var s = 0; s < series.Count; s++)
        {
            var curve = series[s];
            var line = plot.Add.ScatterLine(curve.FalsePositiveRate.ToArray(), curve.TruePositiveRate.ToArray(), FigurePalette.Series(s));
            line.LineWidth = FigureStyle.CurveWidth;
            line.LinePattern = FigurePalette.Pattern(s);
            line.LegendText = curve.Label;
        }

        plot.Axes.Bottom.TickGenerator = FigureStyle.ProbabilityTicks();
        plot.Axes.Left.TickGenerator = FigureStyle.ProbabilityTicks();
        plot.Axes.SetLimits(-FigureStyle.UnitAxisMargin, 1 + FigureStyle.UnitAxisMargin, -FigureStyle.UnitAxisMargin, 1 + FigureStyle.UnitAxisMargin);
        plot.ShowLegend(Alignment.LowerRight);
        return FigureRenderer.Render(plot, name, title, width, height);
    }
}
