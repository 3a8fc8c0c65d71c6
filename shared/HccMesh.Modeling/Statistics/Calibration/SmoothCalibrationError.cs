namespace HccMesh.Modeling.Statistics.Calibration;

/// <summary>
/// Absolute calibration error against a lowess calibration curve, as rms <c>val.prob</c> reports Eavg / Emax / E90:
/// curve = lowess(p, y, iter = 0), evaluated at each p (tied p averaged, like approx(ties = mean)),
/// error_i = |p_i − curve(p_i)|; Eavg = mean, Emax = max, E90 = type-7 90th percentile.
/// </summary>
public sealed record SmoothCalibrationError(double Average, double Maximum, double Percentile90)
{
    public static SmoothCalibrationError Compute(IReadOnlyList<double> p, IReadOnlyList<double> y)
    {
        var (xs, fitted) = Lowess.Smooth(p, y, iterations: 0);
        var curveAt = new Dictionary<double, (double Sum, int Count)>();
        for (var i = 0; i < xs.Length; i++)
        {
            curveAt.TryGetValue(xs[i], out var acc);
            curveAt[xs[i]] = (acc.Sum + fitted[i], acc.Count + 1);
        }

        var errors = new double[p.Count];
        for (var i = 0; i < p.Count; i++)
        {
            var (sum, count) = curveAt[p[i]];
            errors[i] = Math.Abs(p[i] - sum / count);
        }

        var sorted = (double[])errors.Clone();
        Array.Sort(sorted);
        return new SmoothCalibrationError(errors.Average(), sorted[^1], Quantile.Type7(sorted, 0.9));
    }
}
