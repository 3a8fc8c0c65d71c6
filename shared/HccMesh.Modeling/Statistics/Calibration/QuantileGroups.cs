namespace HccMesh.Modeling.Statistics.Calibration;

/// <summary>
/// The risk groups of ResourceSelection's <c>hoslem.test</c> (see stats-tiny README): breaks = the distinct R type-7
/// quantiles of p at k·(1/g), k = 0…g; a value belongs to the first bin (a, b] with value ≤ b, the first bin being
/// closed ([a, b]), as R's <c>cut(p, breaks, right = TRUE, include.lowest = TRUE)</c>.
/// Used by <see cref="HosmerLemeshow"/> and <see cref="CalibrationCurve"/>.
/// </summary>
internal static class QuantileGroups
{
    /// <summary>Distinct type-7 quantiles of <paramref name="p"/> at 0, 1/g, …, 1, ascending (one value when p is constant).</summary>
    public static List<double> Breaks(IReadOnlyList<double> p, int groups)
    {
        var sorted = p.ToArray();
        Array.Sort(sorted);
        var breaks = new List<double>(groups + 1);
        for (var k = 0; k <= groups; k++)
        {
            // seq(0, 1, 1/g) in R is k·(1/g), not k/g.
            var q = Quantile.Type7(sorted, k * (1.0 / groups));
            if (breaks.Count == 0 || q != breaks[^1])
            {
                breaks.Add(q);
            }
        }

        return breaks;
    }

    /// <summary>0-based bin of <paramref name="value"/>: the first b with value ≤ breaks[b + 1] (the last bin if none; 0 with a single break).</summary>
    public static int GroupOf(double value, IReadOnlyList<double> breaks)
    {
        var last = Math.Max(breaks.Count - 2, 0);
        int lo = 0, hi = last;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (value <= breaks[mid + 1])
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
