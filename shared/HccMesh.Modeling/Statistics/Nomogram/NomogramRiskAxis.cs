namespace HccMesh.Modeling.Statistics.Nomogram;

/// <summary>
/// Tick positions of the risk axis exactly as rms 6.5 <c>nomogram(fun=plogis, fun.at=…)</c> draws them (learned from
/// rms R/nomogram.s): the linear-predictor axis is lp.at = pretty(range(training lp), nint); the logistic is tabulated
/// on 1000 equally spaced lp values over [min lp.at, max lp.at] and inverted by linear interpolation (R's
/// <c>approx</c>), so the positions differ from the exact <see cref="NomogramScale.TotalPointsForRisk"/> by up to
/// ~1e-4 points. Risks outside the tabulated range get NaN (rms drops those ticks).
/// </summary>
public static class NomogramRiskAxis
{
    private const int GridSize = 1000;

    public static double[] TotalPointsAsDrawn(
        NomogramScale scale, IReadOnlyList<double> risks, IReadOnlyList<double> trainingLinearPredictors, int intervals = 10)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(risks);
        ArgumentNullException.ThrowIfNull(trainingLinearPredictors);
        if (trainingLinearPredictors.Count == 0)
        {
            throw new ArgumentException("Need the training linear predictors to lay out the lp axis.", nameof(trainingLinearPredictors));
        }

        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        foreach (var lp in trainingLinearPredictors)
        {
            lo = Math.Min(lo, lp);
            hi = Math.Max(hi, lp);
        }

        var lpAxis = PrettyAxis.Ticks(lo, hi, intervals);
        var from = lpAxis[0];
        var to = lpAxis[^1];

        // R seq(from, to, length.out = 1000): c(from, from + (1:998)·by, to).
        var grid = new double[GridSize];
        var probabilities = new double[GridSize];
        var by = (to - from) / (GridSize - 1);
        for (var i = 0; i < GridSize; i++)
        {
            grid[i] = i == GridSize - 1 ? to : from + (i * by);
            probabilities[i] = 1 / (1 + Math.Exp(-grid[i]));
        }

        var result = new double[risks.Count];
        for (var r = 0; r < risks.Count; r++)
        {
            var lp = Interpolate(probabilities, grid, risks[r]);
            result[r] = double.IsNaN(lp) ? double.NaN : scale.TotalPointsForLinearPredictor(lp);
        }

        return result;
    }

    /// <summary>R's approx (rule = 1) at one point: bisection for the bracketing pair, then linear interpolation.</summary>
    private static double Interpolate(double[] x, double[] y, double v)
    {
        if (double.IsNaN(v) || v < x[0] || v > x[^1])
        {
            return double.NaN;
        }

        int i = 0, j = x.Length - 1;
        while (i < j - 1)
        {
            var mid = (i + j) / 2;
            if (v < x[mid])
            {
                j = mid;
            }
            else
            {
                i = mid;
            }
        }

        if (v == x[j])
        {
            return y[j];
        }

        if (v == x[i])
        {
            return y[i];
        }

        return y[i] + ((y[j] - y[i]) * ((v - x[i]) / (x[j] - x[i])));
    }
}
