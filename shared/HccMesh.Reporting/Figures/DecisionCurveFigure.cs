using ScottPlot;

namespace HccMesh.Reporting.Figures;

/// <summary>
/// Decision curve (Vickers &amp; Elkin 2006): net benefit against threshold probability for each model, "Treat all"
/// (grey) and "Treat none" (net benefit 0, black). The y axis runs from slightly below 0 to the largest net benefit
/// plus a margin, so the treat-all curve, which falls steeply at high thresholds, is clipped at the bottom instead of
/// squeezing the region where the models differ (as rmda and dcurves do).
/// </summary>
public static class DecisionCurveFigure
{
    public const int DefaultWidth = 800;
    public const int DefaultHeight = 600;

    public static RenderedFigure Render(
        string name,
        string title,
        IReadOnlyList<double> thresholds,
        IReadOnlyList<double> treatAll,
        IReadOnlyList<NetBenefitSeries> models,
        int width = DefaultWidth,
        int height = DefaultHeight)
    {
        FigureInput.RequireFileStem(name, nameof(name));
        ArgumentNullException.ThrowIfNull(title);
        FigureInput.RequireSize(width, height);
        FigureInput.RequireNonEmpty(thresholds, "Thresholds", nameof(thresholds));
        if (thresholds.Count < 2)
        {
            throw new ArgumentException("A decision curve needs at least two thresholds.", nameof(thresholds));
        }

        FigureInput.RequireProbabilities(thresholds, "Thresholds", nameof(thresholds));
        for (var i = 1; i < thresholds.Count; i++)
        {
            if (!(thresholds[i] > thresholds[i - 1]))
            {
                throw new ArgumentException($"Thresholds must increase strictly (thresholds[{i}] = {thresholds[i]} after {thresholds[i - 1]}).", nameof(thresholds));
            }
        }

        FigureInput.RequireNonEmpty(treatAll, "Treat-all net benefit", nameof(treatAll));
        FigureInput.RequireSameLength(thresholds, treatAll, "Thresholds/treat-all net benefit", nameof(treatAll));
        FigureInput.RequireFinite(treatAll, "Treat-all net benefit", nameof(treatAll));
        FigureInput.RequireNonEmpty(models, "Model list", nameof(models));
        for (var m = 0; m < models.Count; m++)
        {
            var model = models[m] ?? throw new ArgumentException($"Model {m} is null.", nameof(models));
            FigureInput.RequireLabel(model.Label, $"Model {m}", nameof(models));
            ArgumentNullException.ThrowIfNull(model.NetBenefit, nameof(models));
            FigureInput.RequireSameLength(thresholds, model.NetBenefit, $"Thresholds/net benefit of '{model.Label}'", nameof(models));
            FigureInput.RequireFinite(model.NetBenefit, $"Net benefit of '{model.Label}'", nameof(models));
        }

        var x = thresholds.ToArray();
        var (bottom, top) = NetBenefitRange(treatAll, models);
        var (left, right) = ThresholdRange(x[0], x[^1]);

        using var plot = FigureStyle.CreatePlot(title, "Threshold probability", "Net benefit");
        var padding = new PixelPadding(90, 30, 72, 52);
        plot.Layout.Fixed(padding);
        var placement = new LegendPlacement();
        var labels = new List<string>();

        var all = plot.Add.ScatterLine(x, treatAll.ToArray(), FigurePalette.Reference);
        all.LineWidth = 2;
        all.LegendText = "Treat all";
        labels.Add(all.LegendText);
        placement.AddCurve(x, treatAll);

        var none = plot.Add.ScatterLine(new[] { left, right }, new[] { 0.0, 0.0 }, Colors.Black);
        none.LineWidth = 2;
        none.LegendText = "Treat none";
        labels.Add(none.LegendText);
        placement.AddCurve([left, right], [0.0, 0.0]);

        for (var m = 0; m < models.Count; m++)
        {
            var line = plot.Add.ScatterLine(x, models[m].NetBenefit.ToArray(), FigurePalette.Series(m));
            line.LineWidth = FigureStyle.CurveWidth;
            line.LinePattern = FigurePalette.Pattern(m);
            line.LegendText = models[m].Label;
            labels.Add(models[m].Label);
            placement.AddCurve(x, models[m].NetBenefit);
        }

        plot.Axes.SetLimits(left, right, bottom, top);
        if (left == 0 && right == 1)
        {
            plot.Axes.Bottom.TickGenerator = FigureStyle.ProbabilityTicks();
        }

        plot.ShowLegend(placement.BestCorner(
            plot.Axes.GetLimits(), width - padding.Horizontal, height - padding.Vertical, labels));
        return FigureRenderer.Render(plot, name, title, width, height);
    }

    /// <summary>y range: from −max(0.01, min(0.05, 0.15·top)) to the largest net benefit plus 8 % of the span.</summary>
    private static (double Bottom, double Top) NetBenefitRange(IReadOnlyList<double> treatAll, IReadOnlyList<NetBenefitSeries> models)
    {
        var highest = 0.0;
        foreach (var value in treatAll)
        {
            highest = Math.Max(highest, value);
        }

        foreach (var model in models)
        {
            foreach (var value in model.NetBenefit)
            {
                highest = Math.Max(highest, value);
            }
        }

        highest = Math.Max(highest, 0.01);
        var bottom = -Math.Max(0.01, Math.Min(0.05, 0.15 * highest));
        return (bottom, highest + (0.08 * (highest - bottom)));
    }

    /// <summary>Threshold axis rounded outward to tenths (0–1 when the thresholds span most of it).</summary>
    private static (double Left, double Right) ThresholdRange(double first, double last)
    {
        var left = Math.Floor(first * 10) / 10;
        var right = Math.Ceiling(last * 10) / 10;
        return right > left ? (left, right) : (first, last);
    }
}
