using System.Globalization;
using HccMesh.Modeling.Statistics.Nomogram;
using ScottPlot;

namespace HccMesh.Reporting.Figures;

/// <summary>
/// A logistic-model nomogram laid out as rms <c>plot(nomogram(…))</c>: a "Points" scale (0–100) on top, one row per
/// variable with its tick values placed at the points they are worth (from <see cref="NomogramScale"/>), a "Total
/// points" scale over the full width, and the risk scale with each risk tick at its total points. Drawn with ScottPlot
/// lines and text on a plot whose data coordinates are pixels (hidden axes). Tick labels that would overlap their
/// left neighbour are moved below the axis line, as rms staggers crowded labels.
/// </summary>
public static class NomogramFigure
{
    public const int DefaultWidth = 1000;
    private const float TopMargin = 76;
    private const float RowHeight = 60;
    private const float LineOffset = 36;
    private const float RightMargin = 40;
    private const float RowLabelSize = 14;
    private const double PointsTolerance = 1e-6;

    /// <summary>Figure height for a nomogram with <paramref name="variableCount"/> predictors: 120 + 60 · rows, where
    /// the rows are the predictors plus the points, total-points and risk scales.</summary>
    public static int HeightFor(int variableCount) => 120 + (60 * (variableCount + 3));

    /// <param name="riskTicks">Risk values to print on the risk scale.</param>
    /// <param name="riskTotalPoints">Total points of each risk tick (e.g. <c>NomogramRiskAxis.TotalPointsAsDrawn</c>);
    /// NaN marks a risk outside the model's tabulated range and that tick is dropped, as rms does.</param>
    /// <param name="riskLabel">Name of the risk scale, e.g. "Risk of MVI".</param>
    public static RenderedFigure Render(
        string name,
        string title,
        IReadOnlyList<NomogramAxis> variables,
        IReadOnlyList<double> totalPointsTicks,
        IReadOnlyList<double> riskTicks,
        IReadOnlyList<double> riskTotalPoints,
        string riskLabel = "Risk",
        int width = DefaultWidth)
    {
        FigureInput.RequireFileStem(name, nameof(name));
        ArgumentNullException.ThrowIfNull(title);
        FigureInput.RequireLabel(riskLabel, "The risk scale", nameof(riskLabel));
        Validate(variables, totalPointsTicks, riskTicks, riskTotalPoints);
        var height = HeightFor(variables.Count);
        FigureInput.RequireSize(width, height);
        FigureFont.RequireUsable();

        var maxPoints = 100.0;
        foreach (var variable in variables)
        {
            maxPoints = Math.Max(maxPoints, variable.Points.Max());
        }

        if (maxPoints <= 100 + PointsTolerance)
        {
            maxPoints = 100;
        }

        var rowLabels = new List<string> { "Points" };
        rowLabels.AddRange(variables.Select(v => v.Label));
        rowLabels.Add("Total points");
        rowLabels.Add(riskLabel);
        var labelColumn = Math.Clamp(rowLabels.Max(l => FigureFont.MeasureWidth(l, RowLabelSize)) + 24, 140, width / 2f);
        var scaleLeft = 20 + labelColumn;
        var scaleRight = width - RightMargin;
        if (scaleRight - scaleLeft < 200)
        {
            throw new ArgumentException($"Width {width} leaves no room for the scales next to the row labels.", nameof(width));
        }

        var canvas = new NomogramCanvas(FigureFont.Name);
        canvas.Text(title, width / 2f, 22, FigureStyle.TitleSize, Alignment.UpperCenter);

        double PointsX(double points) => scaleLeft + ((scaleRight - scaleLeft) * points / maxPoints);
        var totalLo = totalPointsTicks[0];
        var totalHi = totalPointsTicks[^1];
        double TotalX(double total) => scaleLeft + ((scaleRight - scaleLeft) * (total - totalLo) / (totalHi - totalLo));
        float LineY(int row) => TopMargin + (row * RowHeight) + LineOffset;

        // Points scale with faint guides down through the predictor rows.
        var pointTicks = PrettyAxis.Ticks(0, maxPoints, 10);
        var firstY = LineY(0);
        var lastVariableY = LineY(variables.Count);
        foreach (var tick in pointTicks)
        {
            canvas.Guide(PointsX(tick), firstY, lastVariableY);
        }

        var pointStep = pointTicks.Length > 1 ? pointTicks[1] - pointTicks[0] : maxPoints;
        var minorTicks = new List<double>();
        for (var minor = 0.0; minor <= maxPoints + PointsTolerance; minor += pointStep / 5)
        {
            minorTicks.Add(minor);
        }

        canvas.Scale(
            "Points", scaleLeft - 16, firstY, PointsX(0), PointsX(maxPoints),
            pointTicks.Select(t => (PointsX(t), Number(t))).ToList(), minorTicks.Select(PointsX).ToList());

        for (var v = 0; v < variables.Count; v++)
        {
            var variable = variables[v];
            var ticks = new List<(double X, string Label)>();
            for (var i = 0; i < variable.Values.Count; i++)
            {
                var label = variable.TickLabels is null ? Number(variable.Values[i]) : variable.TickLabels[i];
                ticks.Add((PointsX(variable.Points[i]), label));
            }

            canvas.Scale(variable.Label, scaleLeft - 16, LineY(v + 1), ticks.Min(t => t.X), ticks.Max(t => t.X), ticks, []);
        }

        var totalTicks = totalPointsTicks.Select(t => (TotalX(t), Number(t))).ToList();
        canvas.Scale("Total points", scaleLeft - 16, LineY(variables.Count + 1), TotalX(totalLo), TotalX(totalHi), totalTicks, []);

        var riskTickPositions = new List<(double X, string Label)>();
        for (var i = 0; i < riskTicks.Count; i++)
        {
            if (!double.IsNaN(riskTotalPoints[i]))
            {
                riskTickPositions.Add((TotalX(riskTotalPoints[i]), Number(riskTicks[i])));
            }
        }

        if (riskTickPositions.Count == 0)
        {
            throw new ArgumentException("Every risk tick is NaN (outside the model's range); nothing to draw on the risk scale.", nameof(riskTotalPoints));
        }

        canvas.Scale(
            riskLabel, scaleLeft - 16, LineY(variables.Count + 2),
            riskTickPositions.Min(t => t.X), riskTickPositions.Max(t => t.X), riskTickPositions, []);

        using var plot = canvas.ToPlot(width, height);
        return FigureRenderer.Render(plot, name, title, width, height);
    }

    /// <summary>Tick values as R prints them: up to 4 decimals, trailing zeros dropped, a true minus sign.</summary>
    private static string Number(double value) =>
        (Math.Abs(value) < 1e-12 ? 0 : value).ToString("0.####", CultureInfo.InvariantCulture).Replace('-', '−');

    private static void Validate(
        IReadOnlyList<NomogramAxis> variables,
        IReadOnlyList<double> totalPointsTicks,
        IReadOnlyList<double> riskTicks,
        IReadOnlyList<double> riskTotalPoints)
    {
        FigureInput.RequireNonEmpty(variables, "Nomogram variable list", nameof(variables));
        for (var v = 0; v < variables.Count; v++)
        {
            var variable = variables[v] ?? throw new ArgumentException($"Nomogram variable {v} is null.", nameof(variables));
            FigureInput.RequireLabel(variable.Label, $"Nomogram variable {v}", nameof(variables));
            FigureInput.RequireNonEmpty(variable.Values, $"Nomogram variable '{variable.Label}' values", nameof(variables));
            ArgumentNullException.ThrowIfNull(variable.Points, nameof(variables));
            FigureInput.RequireSameLength(variable.Values, variable.Points, $"Nomogram variable '{variable.Label}' values/points", nameof(variables));
            FigureInput.RequireFinite(variable.Values, $"Nomogram variable '{variable.Label}' values", nameof(variables));
            FigureInput.RequireFinite(variable.Points, $"Nomogram variable '{variable.Label}' points", nameof(variables));
            for (var i = 0; i < variable.Points.Count; i++)
            {
                if (variable.Points[i] < -PointsTolerance)
                {
                    throw new ArgumentException($"Nomogram variable '{variable.Label}' points[{i}] = {variable.Points[i]} is negative.", nameof(variables));
                }
            }

            if (variable.TickLabels is not null)
            {
                FigureInput.RequireSameLength(variable.Values, variable.TickLabels, $"Nomogram variable '{variable.Label}' values/tick labels", nameof(variables));
                for (var i = 0; i < variable.TickLabels.Count; i++)
                {
                    FigureInput.RequireLabel(variable.TickLabels[i], $"Nomogram variable '{variable.Label}' tick {i}", nameof(variables));
                }
            }
        }

        FigureInput.RequireNonEmpty(totalPointsTicks, "Total points ticks", nameof(totalPointsTicks));
        FigureInput.RequireFinite(totalPointsTicks, "Total points ticks", nameof(totalPointsTicks));
        if (totalPointsTicks.Count < 2)
        {
            throw new ArgumentException("The total points scale needs at least two ticks.", nameof(totalPointsTicks));
        }

        for (var i = 1; i < totalPointsTicks.Count; i++)
        {
            if (!(totalPointsTicks[i] > totalPointsTicks[i - 1]))
            {
                throw new ArgumentException($"Total points ticks must increase strictly (tick {i} = {totalPointsTicks[i]}).", nameof(totalPointsTicks));
            }
        }

        FigureInput.RequireNonEmpty(riskTicks, "Risk ticks", nameof(riskTicks));
        ArgumentNullException.ThrowIfNull(riskTotalPoints);
        FigureInput.RequireSameLength(riskTicks, riskTotalPoints, "Risk ticks/risk total points", nameof(riskTotalPoints));
        for (var i = 0; i < riskTicks.Count; i++)
        {
            if (!(riskTicks[i] > 0 && riskTicks[i] < 1))
            {
                throw new ArgumentException($"Risk tick {i} = {riskTicks[i]} lies outside (0, 1).", nameof(riskTicks));
            }

            var total = riskTotalPoints[i];
            if (double.IsNaN(total))
            {
                continue;
            }

            var tolerance = 1e-6 * (totalPointsTicks[^1] - totalPointsTicks[0]);
            if (!double.IsFinite(total) || total < totalPointsTicks[0] - tolerance || total > totalPointsTicks[^1] + tolerance)
            {
                throw new ArgumentException(
                    $"Risk tick {riskTicks[i]} sits at {total} total points, outside the total points scale [{totalPointsTicks[0]}, {totalPointsTicks[^1]}].",
                    nameof(riskTotalPoints));
            }
        }
    }
}
