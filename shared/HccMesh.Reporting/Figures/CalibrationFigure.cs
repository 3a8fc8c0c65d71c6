using ScottPlot;

namespace HccMesh.Reporting.Figures;

/// <summary>
/// Calibration plot: observed proportion against mean predicted probability per bin, with vertical error bars for
/// the bin's confidence interval, an optional smoothed (lowess) calibration line in the same colour, and the ideal
/// 45° line dashed grey; both axes 0–1 on a square data area; the legend goes to the least crowded corner.
/// </summary>
public static class CalibrationFigure
{
    public const int DefaultSize = 640;
    private const float MarkerSize = 9;
    private const double IntervalTolerance = 1e-9;

    public static RenderedFigure Render(
        string name, string title, IReadOnlyList<CalibrationSeries> series, int width = DefaultSize, int height = DefaultSize)
    {
        FigureInput.RequireFileStem(name, nameof(name));
        ArgumentNullException.ThrowIfNull(title);
        FigureInput.RequireSize(width, height);
        FigureInput.RequireNonEmpty(series, "Calibration series list", nameof(series));
        for (var s = 0; s < series.Count; s++)
        {
            Validate(series[s], s);
        }

        using var plot = FigureStyle.CreatePlot(title, "Predicted probability", "Observed proportion");
        plot.Layout.Fixed(FigureStyle.SquareDataArea(width, height, out var side));
        var placement = new LegendPlacement();

        var ideal = plot.Add.Line(0, 0, 1, 1);
        ideal.LineColor = FigurePalette.Reference;
        ideal.LineWidth = FigureStyle.ReferenceWidth;
        ideal.LinePattern = LinePattern.Dashed;
        ideal.MarkerSize = 0;
        ideal.LegendText = "Ideal";
        placement.AddCurve([0.0, 1.0], [0.0, 1.0]);

        var labels = new List<string> { "Ideal" };
        for (var s = 0; s < series.Count; s++)
        {
            var calibration = series[s];
            var colour = FigurePalette.Series(s);
            var count = calibration.Bins.Count;
            var xs = new double[count];
            var ys = new double[count];
            var above = new double[count];
            var below = new double[count];
            for (var i = 0; i < count; i++)
            {
                var bin = calibration.Bins[i];
                xs[i] = bin.MeanPredicted;
                ys[i] = bin.Observed;
                above[i] = Math.Max(0, bin.Upper - bin.Observed);
                below[i] = Math.Max(0, bin.Observed - bin.Lower);
                placement.AddCurve([bin.MeanPredicted, bin.MeanPredicted], [bin.Lower, bin.Upper]);
            }

            var bars = plot.Add.ErrorBar(xs, ys, above);
            bars.YErrorPositive = above;
            bars.YErrorNegative = below;
            bars.Color = colour.WithAlpha(0.8);
            bars.LineWidth = 1.5f;
            bars.CapSize = 5;

            if (calibration.SmoothX is not null && calibration.SmoothY is not null)
            {
                var smooth = plot.Add.ScatterLine(calibration.SmoothX.ToArray(), calibration.SmoothY.ToArray(), colour);
                smooth.LineWidth = FigureStyle.CurveWidth;
                smooth.LinePattern = FigurePalette.Pattern(s);
                placement.AddCurve(calibration.SmoothX, calibration.SmoothY);
            }

            var points = plot.Add.Scatter(xs, ys, colour);
            points.LineWidth = 0;
            points.MarkerSize = MarkerSize;
            points.MarkerShape = MarkerShapes(s);
            points.LegendText = calibration.Label;
            labels.Add(calibration.Label);
        }

        plot.Axes.Bottom.TickGenerator = FigureStyle.ProbabilityTicks();
        plot.Axes.Left.TickGenerator = FigureStyle.ProbabilityTicks();
        var margin = FigureStyle.UnitAxisMargin;
        plot.Axes.SetLimits(-margin, 1 + margin, -margin, 1 + margin);
        plot.ShowLegend(placement.BestCorner(plot.Axes.GetLimits(), side, side, labels));
        return FigureRenderer.Render(plot, name, title, width, height);
    }

    /// <summary>A different marker per series so overlapping cohorts stay distinguishable without colour.</summary>
    private static MarkerShape MarkerShapes(int index) => (index % 4) switch
    {
        0 => MarkerShape.FilledCircle,
        1 => MarkerShape.FilledSquare,
        2 => MarkerShape.FilledTriangleUp,
        _ => MarkerShape.FilledDiamond,
    };

    private static void Validate(CalibrationSeries? calibration, int index)
    {
        const string parameter = "series";
        if (calibration is null)
        {
            throw new ArgumentException($"Calibration series {index} is null.", parameter);
        }

        FigureInput.RequireLabel(calibration.Label, $"Calibration series {index}", parameter);
        FigureInput.RequireNonEmpty(calibration.Bins, $"Calibration series '{calibration.Label}' bins", parameter);
        for (var i = 0; i < calibration.Bins.Count; i++)
        {
            var bin = calibration.Bins[i] ?? throw new ArgumentException($"Calibration series '{calibration.Label}' bin {i} is null.", parameter);
            FigureInput.RequireProbabilities(
                [bin.MeanPredicted, bin.Observed, bin.Lower, bin.Upper],
                $"Calibration series '{calibration.Label}' bin {i} (mean predicted, observed, lower, upper)",
                parameter);
            // Interval formulas (Wilson) round to a hair beyond the observed 0 or 1; only a real mismatch is an error.
            if (!(bin.Lower <= bin.Observed + IntervalTolerance && bin.Observed <= bin.Upper + IntervalTolerance))
            {
                throw new ArgumentException(
                    $"Calibration series '{calibration.Label}' bin {i}: interval [{bin.Lower}, {bin.Upper}] does not contain the observed proportion {bin.Observed}.",
                    parameter);
            }
        }

        if ((calibration.SmoothX is null) != (calibration.SmoothY is null))
        {
            throw new ArgumentException($"Calibration series '{calibration.Label}': give both SmoothX and SmoothY or neither.", parameter);
        }

        if (calibration.SmoothX is not null && calibration.SmoothY is not null)
        {
            if (calibration.SmoothX.Count < 2)
            {
                throw new ArgumentException($"Calibration series '{calibration.Label}': the smooth line needs at least two points.", parameter);
            }

            FigureInput.RequireSameLength(calibration.SmoothX, calibration.SmoothY, $"Calibration series '{calibration.Label}' SmoothX/SmoothY", parameter);
            FigureInput.RequireProbabilities(calibration.SmoothX, $"Calibration series '{calibration.Label}' SmoothX", parameter);
            FigureInput.RequireFinite(calibration.SmoothY, $"Calibration series '{calibration.Label}' SmoothY", parameter);
        }
    }
}
