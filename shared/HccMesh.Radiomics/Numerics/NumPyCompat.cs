namespace HccMesh.Radiomics.Numerics;

/// <summary>Small NumPy/Python numerical conventions PyRadiomics relies on.</summary>
public static class NumPyCompat
{
    /// <summary>NumPy <c>spacing(1)</c>: the ε PyRadiomics adds inside every log2.</summary>
    public const double Epsilon = 2.220446049250313e-16;

    /// <summary>Python's float modulo (<c>a % b</c>): the result takes the sign of the divisor.</summary>
    public static double PythonMod(double a, double b)
    {
        double mod = a % b;
        if (mod != 0 && ((b < 0) != (mod < 0)))
        {
            mod += b;
        }

        return mod;
    }

    /// <summary>
    /// NumPy <c>percentile(values, q)</c> in the default "linear" method on an already sorted array:
    /// position (n−1)·q/100, linear interpolation between the neighbours (numpy/lib/function_base.py, _lerp).
    /// </summary>
    public static double PercentileOfSorted(double[] sorted, double q)
    {
        int n = sorted.Length;
        if (n == 0)
        {
            return double.NaN;
        }

        double virtualIndex = (n - 1) * (q / 100.0);
        int below = (int)Math.Floor(virtualIndex);
        if (below < 0)
        {
            below = 0;
        }

        if (below >= n - 1)
        {
            return sorted[n - 1];
        }

        double gamma = virtualIndex - below;
        double a = sorted[below], b = sorted[below + 1];

        // NumPy's _lerp: a + (b - a) * t, but b - (b - a) * (1 - t) when t >= 0.5 (keeps monotonicity).
        double diff = b - a;
        double lerp = a + (diff * gamma);
        if (gamma >= 0.5)
        {
            lerp = b - (diff * (1 - gamma));
        }

        return a == b ? a : lerp;
    }

    /// <summary>Pairwise summation as NumPy's <c>add.reduce</c> does for contiguous float64 (blocks of 8, 128-element leaves).</summary>
    public static double PairwiseSum(ReadOnlySpan<double> a)
    {
        int n = a.Length;
        if (n < 8)
        {
            double res = 0.0;
            for (int i = 0; i < n; i++)
            {
                res += a[i];
            }

            return res;
        }

        if (n <= 128)
        {
            double r0 = a[0], r1 = a[1], r2 = a[2], r3 = a[3], r4 = a[4], r5 = a[5], r6 = a[6], r7 = a[7];
            int i;
            for (i = 8; i < n - (n % 8); i += 8)
            {
                r0 += a[i];
                r1 += a[i + 1];
                r2 += a[i + 2];
                r3 += a[i + 3];
                r4 += a[i + 4];
                r5 += a[i + 5];
                r6 += a[i + 6];
                r7 += a[i + 7];
            }

            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++)
            {
                res += a[i];
            }

            return res;
        }

        int n2 = n / 2;
        n2 -= n2 % 8;
        return PairwiseSum(a[..n2]) + PairwiseSum(a[n2..]);
    }
}
