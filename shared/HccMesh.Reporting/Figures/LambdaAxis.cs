using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace HccMesh.Reporting.Figures;

/// <summary>
/// The log(λ) x axis shared by the LASSO coefficient path and the cross-validation curve, as glmnet's plot methods
/// draw it: natural log of λ increasing to the right, the number of non-zero coefficients printed along the top axis
/// at about <see cref="TopTickCount"/> evenly spaced λ, and dashed verticals at λ.min and λ.1se.
/// </summary>
internal static class LambdaAxis
{
    private const int TopTickCount = 9;

    public static void ValidateLambda(IReadOnlyList<double> lambda, double lambdaMin, double lambda1Se)
    {
        FigureInput.RequireNonEmpty(lambda, "Lambda sequence", nameof(lambda));
        if (lambda.Count < 2)
        {
            throw new ArgumentException("The lambda sequence needs at least two values.", nameof(lambda));
        }

        FigureInput.RequireFinite(lambda, "Lambda", nameof(lambda));
        for (var i = 0; i < lambda.Count; i++)
        {
            if (!(lambda[i] > 0))
            {
                throw new ArgumentException($"Lambda[{i}] = {lambda[i]} is not positive (log scale).", nameof(lambda));
            }
        }

        var (lo, hi) = (lambda.Min(), lambda.Max());
        if (!(hi > lo))
        {
            throw new ArgumentException("The lambda sequence has a single distinct value.", nameof(lambda));
        }

        RequireWithin(lambdaMin, lo, hi, nameof(lambdaMin));
        RequireWithin(lambda1Se, lo, hi, nameof(lambda1Se));
    }

    public static double[] Log(IReadOnlyList<double> lambda)
    {
        var result = new double[lambda.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Math.Log(lambda[i]);
        }

        return result;
    }

    /// <summary>x limits: the log(λ) range plus 3 % each side.</summary>
    public static (double Left, double Right) Limits(double[] logLambda)
    {
        var (lo, hi) = (logLambda.Min(), logLambda.Max());
        var margin = 0.03 * (hi - lo);
        return (lo - margin, hi + margin);
    }

    public const string TopAxisTitle = "Number of non-zero coefficients";

    /// <summary>x-axis title: when the figure has a title, ScottPlot draws it exactly where the top axis title would go,
    /// so the top axis is then explained here instead.</summary>
    public static string BottomAxisTitle(bool figureHasTitle) =>
        figureHasTitle ? "log(λ)     (top axis: number of non-zero coefficients)" : "log(λ)";

    /// <summary>Top axis with the non-zero counts at evenly spaced indices of the λ sequence (ends included); titled
    /// only when the figure has no title (see <see cref="BottomAxisTitle"/>).</summary>
    public static void AddNonZeroAxis(Plot plot, double[] logLambda, IReadOnlyList<int> nonZero, double left, double right, bool figureHasTitle)
    {
        var ticks = new NumericManual();
        var count = Math.Min(TopTickCount, logLambda.Length);
        var previous = -1;
        for (var t = 0; t < count; t++)
        {
            var index = (int)Math.Round(t * (logLambda.Length - 1) / (double)(count - 1));
            if (index == previous)
            {
                continue;
            }

            previous = index;
            ticks.AddMajor(logLambda[index], nonZero[index].ToString(CultureInfo.InvariantCulture));
        }

        plot.Axes.Top.TickGenerator = ticks;
        plot.Axes.Top.Label.Text = figureHasTitle ? string.Empty : TopAxisTitle;
        plot.Axes.Top.Label.FontSize = FigureStyle.TickLabelSize;
        plot.Axes.Top.Label.Bold = false;
        plot.Axes.SetLimitsX(left, right, plot.Axes.Top);
    }

    public static void AddSelectionLines(Plot plot, double lambdaMin, double lambda1Se, List<string> legendLabels)
    {
        var minLabel = $"λ.min = {Format(lambdaMin)} (log {FormatLog(lambdaMin)})";
        var seLabel = $"λ.1se = {Format(lambda1Se)} (log {FormatLog(lambda1Se)})";
        // Grey, which no series colour uses, so the verticals cannot be mistaken for a feature's path.
        var atMin = plot.Add.VerticalLine(Math.Log(lambdaMin), 1.5f, FigurePalette.Reference, LinePattern.Dashed);
        atMin.LegendText = minLabel;
        var atSe = plot.Add.VerticalLine(Math.Log(lambda1Se), 1.5f, FigurePalette.Reference, LinePattern.Dotted);
        atSe.LegendText = seLabel;
        legendLabels.Add(minLabel);
        legendLabels.Add(seLabel);
    }

    private static string Format(double value) =>
        value.ToString(value >= 1e-3 ? "0.####" : "0.###E+0", CultureInfo.InvariantCulture);

    private static string FormatLog(double value) => Math.Log(value).ToString("0.00", CultureInfo.InvariantCulture).Replace('-', '−');

    private static void RequireWithin(double value, double lo, double hi, string parameter)
    {
        FigureInput.RequireFinite(value, parameter, parameter);
        // λ.min and λ.1se are members of the sequence; allow rounding in a round trip through text.
        var tolerance = 1e-9 * hi;
        if (value < lo - tolerance || value > hi + tolerance)
        {
            throw new ArgumentException($"{parameter} = {value} lies outside the lambda sequence [{lo}, {hi}].", parameter);
        }
    }
}
