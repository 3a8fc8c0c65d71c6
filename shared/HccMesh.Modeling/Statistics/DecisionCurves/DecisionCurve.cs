namespace HccMesh.Modeling.Statistics.DecisionCurves;

/// <summary>
/// Decision-curve analysis (Vickers &amp; Elkin 2006). A patient is treated when p ≥ pt.
/// Model: NB = TP/n − FP/n · pt/(1 − pt); treat-all: prevalence − (1 − prevalence)·pt/(1 − pt); treat-none: 0.
/// </summary>
public static class DecisionCurve
{
    /// <summary>pt = 0.01, 0.02, …, 0.99 as k/100 (the nearest doubles to the two-decimal values).</summary>
    public static double[] DefaultThresholds()
    {
        var thresholds = new double[99];
        for (var k = 1; k <= 99; k++)
        {
            thresholds[k - 1] = k / 100.0;
        }

        return thresholds;
    }

    public static DecisionCurveResult Compute(IReadOnlyList<double> p, IReadOnlyList<double> y, IReadOnlyList<double>? thresholds = null)
    {
        if (p.Count != y.Count || p.Count == 0)
        {
            throw new ArgumentException("p and y must be non-empty and of equal length.");
        }

        var grid = thresholds ?? DefaultThresholds();
        var n = (double)p.Count;
        var prevalence = y.Sum() / n;
        var model = new double[grid.Count];
        var treatAll = new double[grid.Count];
        var treatNone = new double[grid.Count];
        for (var t = 0; t < grid.Count; t++)
        {
            var pt = grid[t];
            if (!(pt > 0.0 && pt < 1.0))
            {
                throw new ArgumentOutOfRangeException(nameof(thresholds), $"Threshold {pt} is not inside (0, 1).");
            }

            var odds = pt / (1.0 - pt);
            var truePositives = 0;
            var falsePositives = 0;
            for (var i = 0; i < p.Count; i++)
            {
                if (p[i] >= pt)
                {
                    if (y[i] > 0.5)
                    {
                        truePositives++;
                    }
                    else
                    {
                        falsePositives++;
                    }
                }
            }

            model[t] = truePositives / n - falsePositives / n * odds;
            treatAll[t] = prevalence - (1.0 - prevalence) * odds;
        }

        return new DecisionCurveResult(grid.ToArray(), prevalence, model, treatAll, treatNone);
    }
}
