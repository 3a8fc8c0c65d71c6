namespace HccMesh.Modeling.Statistics.Calibration;

/// <summary>
/// R's <c>lowess(x, y, f, iter, delta)</c> (Cleveland 1979), following the algorithm of
/// R src/library/stats/src/lowess.c (clowess/lowest): local linear fits with tricube weights over the
/// ⌊f·n⌋ nearest points, ties on the right picked up, points within delta of the last fit interpolated,
/// and bisquare robustness iterations. Returns the fitted values in the order of x sorted (stable).
/// </summary>
public static class Lowess
{
    public static (double[] X, double[] Y) Smooth(
        IReadOnlyList<double> x, IReadOnlyList<double> y, double f = 2.0 / 3.0, int iterations = 3, double? delta = null)
    {
        var n = x.Count;
        if (n != y.Count || n == 0)
        {
            throw new ArgumentException("x and y must be non-empty and of equal length.");
        }

        var order = Enumerable.Range(0, n).OrderBy(i => x[i]).ToArray(); // stable, like R's order()
        var xs = order.Select(i => x[i]).ToArray();
        var ys = order.Select(i => y[i]).ToArray();
        var fitted = new double[n];
        if (n < 2)
        {
            fitted[0] = ys[0];
            return (xs, fitted);
        }

        var d = delta ?? 0.01 * (xs[n - 1] - xs[0]);
        var span = Math.Max(2, Math.Min(n, (int)(f * n + 1e-7)));
        var robustness = new double[n];
        var residuals = new double[n];
        var weights = new double[n];
        for (var pass = 0; pass <= iterations; pass++)
        {
            FitPass(xs, ys, span, d, fitted, weights, pass > 0 ? robustness : null);
            var scale = 0.0;
            for (var i = 0; i < n; i++)
            {
                residuals[i] = ys[i] - fitted[i];
                scale += Math.Abs(residuals[i]);
            }

            scale /= n;
            if (pass == iterations || !UpdateRobustnessWeights(residuals, scale, robustness))
            {
                break;
            }
        }

        return (xs, fitted);
    }

    private static void FitPass(double[] x, double[] y, int span, double delta, double[] fitted, double[] w, double[]? robustness)
    {
        var n = x.Length;
        var left = 0;
        var right = span - 1;
        var last = -1;
        var i = 0;
        while (true)
        {
            if (right < n - 1 && x[i] - x[left] > x[right + 1] - x[i])
            {
                left++;
                right++;
                continue;
            }

            fitted[i] = LocalFit(x, y, x[i], left, right, w, robustness) ?? y[i];
            if (last < i - 1)
            {
                var denominator = x[i] - x[last];
                for (var j = last + 1; j < i; j++)
                {
                    var alpha = (x[j] - x[last]) / denominator;
                    fitted[j] = alpha * fitted[i] + (1.0 - alpha) * fitted[last];
                }
            }

            last = i;
            var cut = x[last] + delta;
            for (i = last + 1; i < n; i++)
            {
                if (x[i] > cut)
                {
                    break;
                }

                if (x[i] == x[last])
                {
                    fitted[i] = fitted[last];
                    last = i;
                }
            }

            i = Math.Max(last + 1, i - 1);
            if (last >= n - 1)
            {
                return;
            }
        }
    }

    /// <summary>Weighted local linear fit at xs; null when every weight is zero.</summary>
    private static double? LocalFit(double[] x, double[] y, double xs, int left, int right, double[] w, double[]? robustness)
    {
        var n = x.Length;
        var range = x[n - 1] - x[0];
        var h = Math.Max(xs - x[left], x[right] - xs);
        var h9 = 0.999 * h;
        var h1 = 0.001 * h;
        var sum = 0.0;
        var j = left;
        for (; j < n; j++)
        {
            w[j] = 0.0;
            var r = Math.Abs(x[j] - xs);
            if (r <= h9)
            {
                w[j] = r <= h1 ? 1.0 : Cube(1.0 - Cube(r / h));
                if (robustness is not null)
                {
                    w[j] *= robustness[j];
                }

                sum += w[j];
            }
            else if (x[j] > xs)
            {
                break;
            }
        }

        var rightmost = j - 1; // may exceed right because of ties
        if (sum <= 0.0)
        {
            return null;
        }

        for (j = left; j <= rightmost; j++)
        {
            w[j] /= sum;
        }

        if (h > 0.0)
        {
            var center = 0.0;
            for (j = left; j <= rightmost; j++)
            {
                center += w[j] * x[j];
            }

            var b = xs - center;
            var c = 0.0;
            for (j = left; j <= rightmost; j++)
            {
                c += w[j] * (x[j] - center) * (x[j] - center);
            }

            if (Math.Sqrt(c) > 0.001 * range)
            {
                b /= c;
                for (j = left; j <= rightmost; j++)
                {
                    w[j] *= b * (x[j] - center) + 1.0;
                }
            }
        }

        var value = 0.0;
        for (j = left; j <= rightmost; j++)
        {
            value += w[j] * y[j];
        }

        return value;
    }

    /// <summary>Bisquare weights with 6·median|r|; false when that scale is effectively zero.</summary>
    private static bool UpdateRobustnessWeights(double[] residuals, double scale, double[] robustness)
    {
        var n = residuals.Length;
        var absolute = residuals.Select(Math.Abs).ToArray();
        Array.Sort(absolute);
        var m1 = n / 2;
        var cmad = n % 2 == 0 ? 3.0 * (absolute[m1] + absolute[n - m1 - 1]) : 6.0 * absolute[m1];
        if (cmad < 1e-7 * scale)
        {
            return false;
        }

        var c9 = 0.999 * cmad;
        var c1 = 0.001 * cmad;
        for (var i = 0; i < n; i++)
        {
            var r = Math.Abs(residuals[i]);
            robustness[i] = r <= c1 ? 1.0 : r <= c9 ? Square(1.0 - Square(r / cmad)) : 0.0;
        }

        return true;
    }

    private static double Cube(double v) => v * v * v;

    private static double Square(double v) => v * v;
}
