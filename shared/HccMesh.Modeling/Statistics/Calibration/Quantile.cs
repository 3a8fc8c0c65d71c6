namespace HccMesh.Modeling.Statistics.Calibration;

/// <summary>R's default (type 7) sample quantile, computed as R's quantile.default does it.</summary>
public static class Quantile
{
    /// <summary>
    /// For sorted x of length n: index h = (n − 1)·q, lo = ⌊h⌋; result (1 − f)·x[lo] + f·x[lo+1], f = h − lo,
    /// and exactly x[lo] when f = 0 or x[lo+1] = x[lo] (R evaluates the blend in this form; it matters in the last bit).
    /// </summary>
    public static double Type7(IReadOnlyList<double> sorted, double q)
    {
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No values.", nameof(sorted));
        }

        var index = (sorted.Count - 1) * q; // 0-based form of R's 1 + (n − 1)·q
        var lo = (int)Math.Floor(index);
        var hi = (int)Math.Ceiling(index);
        var value = sorted[lo];
        if (index > lo && sorted[hi] != value)
        {
            var h = index - lo;
            value = (1.0 - h) * value + h * sorted[hi];
        }

        return value;
    }
}
