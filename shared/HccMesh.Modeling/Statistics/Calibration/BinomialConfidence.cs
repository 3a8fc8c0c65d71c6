using MathNet.Numerics.Distributions;

namespace HccMesh.Modeling.Statistics.Calibration;

/// <summary>Two-sided confidence intervals for a binomial proportion, as R's stats package computes them.</summary>
public static class BinomialConfidence
{
    /// <summary>
    /// R's <c>binom.test(x, n, conf.level)$conf.int</c> (src/library/stats/R/binom.test.R): with α = (1 − level)/2,
    /// lower = qbeta(α, x, n − x + 1) (0 when x = 0), upper = qbeta(1 − α, x + 1, n − x) (1 when x = n).
    /// </summary>
    public static (double Lower, double Upper) ClopperPearson(int events, int count, double confidenceLevel = 0.95)
    {
        Validate(events, count, confidenceLevel);
        var alpha = (1.0 - confidenceLevel) / 2.0;
        var lower = events == 0 ? 0.0 : BetaQuantile.Of(alpha, events, count - events + 1);
        var upper = events == count ? 1.0 : BetaQuantile.Of(1.0 - alpha, events + 1, count - events);
        return (lower, upper);
    }

    /// <summary>
    /// R's <c>prop.test(x, n, correct = FALSE, conf.level)$conf.int</c> for one proportion (src/library/stats/R/prop.test.R):
    /// z = qnorm((1 + level)/2), p̂ = x/n, c = z²/(2n); bounds (p̂ + c ∓ z·√(p̂(1 − p̂)/n + c/(2n)))/(1 + 2c),
    /// the lower one 0 when p̂ = 0 and the upper one 1 when p̂ = 1.
    /// </summary>
    public static (double Lower, double Upper) Wilson(int events, int count, double confidenceLevel = 0.95)
    {
        Validate(events, count, confidenceLevel);
        var z = Normal.InvCDF(0.0, 1.0, (1.0 + confidenceLevel) / 2.0);
        double n = count;
        var estimate = events / n;
        var z22n = z * z / (2.0 * n);
        var spread = z * Math.Sqrt((estimate * (1.0 - estimate) / n) + (z22n / (2.0 * n)));
        var upper = estimate >= 1.0 ? 1.0 : (estimate + z22n + spread) / (1.0 + (2.0 * z22n));
        var lower = estimate <= 0.0 ? 0.0 : (estimate + z22n - spread) / (1.0 + (2.0 * z22n));
        return (Math.Max(lower, 0.0), Math.Min(upper, 1.0));
    }

    private static void Validate(int events, int count, double confidenceLevel)
    {
        if (count < 1 || events < 0 || events > count)
        {
            throw new ArgumentException($"Need 0 ≤ events ≤ count and count ≥ 1 (got {events} of {count}).");
        }

        if (!(confidenceLevel > 0.0 && confidenceLevel < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must lie strictly between 0 and 1.");
        }
    }
}
