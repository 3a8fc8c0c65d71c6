using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace HccMesh.Modeling.Statistics.Reliability;

/// <summary>
/// F-distribution upper tail and quantile with relative accuracy good enough to reproduce R's
/// pf(lower.tail = FALSE) and qf at ~1e-12, including non-integer degrees of freedom.
/// </summary>
internal static class FisherF
{
    /// <summary>P(F(d1, d2) &gt; f) = I_{d2/(d2 + d1 f)}(d2/2, d1/2), computed directly so tiny p-values keep their relative accuracy.</summary>
    public static double UpperTail(double f, double d1, double d2)
    {
        if (double.IsNaN(f))
        {
            return double.NaN;
        }

        if (f <= 0)
        {
            return 1.0;
        }

        if (double.IsPositiveInfinity(f))
        {
            return 0.0;
        }

        var x = d2 / (d2 + (d1 * f));
        return SpecialFunctions.BetaRegularized(d2 / 2, d1 / 2, x);
    }

    /// <summary>The p-quantile of F(d1, d2): MathNet's inverse CDF polished by Newton steps on the CDF.</summary>
    public static double Quantile(double p, double d1, double d2)
    {
        // Degenerate tables (zero residual) give NaN degrees of freedom in the ICC(2,1) interval; propagate NaN.
        if (!(d1 > 0) || !(d2 > 0) || double.IsNaN(p))
        {
            return double.NaN;
        }

        var f = FisherSnedecor.InvCDF(d1, d2, p);
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var density = FisherSnedecor.PDF(d1, d2, f);
            if (!(density > 0) || double.IsNaN(f))
            {
                break;
            }

            // residual = CDF(f) − p, evaluated on the smaller tail so it keeps relative precision.
            var residual = p > 0.5
                ? (1 - p) - UpperTail(f, d1, d2)
                : SpecialFunctions.BetaRegularized(d1 / 2, d2 / 2, d1 * f / ((d1 * f) + d2)) - p;
            var next = f - (residual / density);
            if (next <= 0)
            {
                next = f / 2;
            }

            if (Math.Abs(next - f) <= 1e-15 * f)
            {
                f = next;
                break;
            }

            f = next;
        }

        return f;
    }
}
