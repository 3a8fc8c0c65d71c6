namespace HccMesh.Modeling.Statistics.Calibration;

/// <summary>
/// Binned calibration curve: observed event rate against mean predicted risk per risk group, with a binomial
/// confidence interval for each observed rate.
/// </summary>
public static class CalibrationCurve
{
    /// <summary>
    /// Groups the patients as the Hosmer–Lemeshow test does (<see cref="QuantileGroups"/>: distinct type-7 quantile
    /// breaks of p at k/<paramref name="bins"/>, bins (a, b] with the first one closed) and reports each non-empty group.
    /// Tied or widely spaced p can give fewer (uneven) groups than requested; empty groups are left out, and a constant p
    /// gives a single group holding every patient.
    /// </summary>
    /// <param name="p">Predicted risks in [0, 1].</param>
    /// <param name="y">Outcomes, each 0 or 1.</param>
    /// <param name="bins">Requested number of quantile groups (≥ 2).</param>
    /// <param name="interval">Interval for the observed rate (R's binom.test or prop.test without correction).</param>
    /// <param name="confidenceLevel">Two-sided confidence level, strictly between 0 and 1.</param>
    public static IReadOnlyList<CalibrationBin> Binned(
        IReadOnlyList<double> p,
        IReadOnlyList<double> y,
        int bins = 10,
        BinomialInterval interval = BinomialInterval.ClopperPearson,
        double confidenceLevel = 0.95)
    {
        Validate(p, y, bins, confidenceLevel);
        var breaks = QuantileGroups.Breaks(p, bins);
        var groups = Math.Max(breaks.Count - 1, 1);
        var count = new int[groups];
        var events = new int[groups];
        var sum = new double[groups];
        var min = new double[groups];
        var max = new double[groups];
        Array.Fill(min, double.PositiveInfinity);
        Array.Fill(max, double.NegativeInfinity);
        for (var i = 0; i < p.Count; i++)
        {
            var g = QuantileGroups.GroupOf(p[i], breaks);
            count[g]++;
            events[g] += y[i] == 1.0 ? 1 : 0;
            sum[g] += p[i];
            min[g] = Math.Min(min[g], p[i]);
            max[g] = Math.Max(max[g], p[i]);
        }

        var result = new List<CalibrationBin>(groups);
        for (var g = 0; g < groups; g++)
        {
            if (count[g] == 0)
            {
                continue;
            }

            var (lower, upper) = interval switch
            {
                BinomialInterval.ClopperPearson => BinomialConfidence.ClopperPearson(events[g], count[g], confidenceLevel),
                BinomialInterval.Wilson => BinomialConfidence.Wilson(events[g], count[g], confidenceLevel),
                _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "Unknown binomial interval."),
            };
            result.Add(new CalibrationBin(
                count[g], events[g], sum[g] / count[g], (double)events[g] / count[g], lower, upper, min[g], max[g]));
        }

        return result;
    }

    private static void Validate(IReadOnlyList<double> p, IReadOnlyList<double> y, int bins, double confidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(y);
        if (p.Count == 0 || p.Count != y.Count)
        {
            throw new ArgumentException($"p and y must be non-empty and of equal length (got {p.Count} and {y.Count}).", nameof(y));
        }

        if (bins < 2)
        {
            throw new ArgumentException($"Need at least 2 bins (got {bins}).", nameof(bins));
        }

        if (!(confidenceLevel > 0.0 && confidenceLevel < 1.0))
        {
            throw new ArgumentException($"The confidence level must lie strictly between 0 and 1 (got {confidenceLevel}).", nameof(confidenceLevel));
        }

        for (var i = 0; i < p.Count; i++)
        {
            if (!(p[i] >= 0.0 && p[i] <= 1.0))
            {
                throw new ArgumentException($"Predicted risk {i} = {p[i]} is not in [0, 1].", nameof(p));
            }

            if (y[i] != 0.0 && y[i] != 1.0)
            {
                throw new ArgumentException($"Outcome {i} = {y[i]} is not 0 or 1.", nameof(y));
            }
        }
    }
}
