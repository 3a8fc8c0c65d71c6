using MathNet.Numerics;

namespace HccMesh.Modeling.Statistics.Calibration;

/// <summary>
/// Quantile of the Beta(a, b) distribution, accurate to ~1e-11 relative against R's <c>qbeta</c>.
/// MathNet.Numerics 5's <c>Beta.InvCDF</c> stops early (up to 2e-9 relative off R's qbeta on Clopper–Pearson
/// arguments), so the root of I_x(a, b) = p is found here by bisection down to adjacent doubles on MathNet's
/// regularized incomplete beta (itself within ~1e-11 relative of R's pbeta). a = 1 and b = 1 have closed forms
/// (with Kahan's expm1/log1p: MathNet's SpecialFunctions.Expm1 is off by ~1e-8 relative near x = −0.006).
/// </summary>
internal static class BetaQuantile
{
    public static double Of(double probability, double a, double b)
    {
        if (!(probability > 0.0 && probability < 1.0) || !(a > 0.0) || !(b > 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), $"Need 0 < p < 1, a > 0, b > 0 (got p = {probability}, a = {a}, b = {b}).");
        }

        if (b == 1.0)
        {
            return Math.Pow(probability, 1.0 / a); // I_x(a, 1) = x^a
        }

        if (a == 1.0)
        {
            return -ExpMinusOne(LogOnePlus(-probability) / b); // I_x(1, b) = 1 − (1 − x)^b
        }

        double lo = 0.0, hi = 1.0;
        while (true)
        {
            var mid = lo + (0.5 * (hi - lo));
            if (mid <= lo || mid >= hi)
            {
                return mid;
            }

            if (SpecialFunctions.BetaRegularized(a, b, mid) < probability)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
    }

    /// <summary>exp(x) − 1 without cancellation (W. Kahan's trick: the rounding errors of exp and log cancel).</summary>
    private static double ExpMinusOne(double x)
    {
        var u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }

        var um1 = u - 1.0;
        return um1 == -1.0 ? -1.0 : um1 * x / Math.Log(u);
    }

    /// <summary>log(1 + x) without cancellation (W. Kahan's trick).</summary>
    private static double LogOnePlus(double x)
    {
        var u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }
}
