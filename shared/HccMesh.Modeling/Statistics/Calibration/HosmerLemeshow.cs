using MathNet.Numerics;

namespace HccMesh.Modeling.Statistics.Calibration;

/// <summary>
/// Hosmer–Lemeshow test as ResourceSelection's <c>hoslem.test</c> defines it (see stats-tiny README):
/// breaks = distinct type-7 quantiles of p at 0, 1/g, …, 1; bins (a, b], the first one closed;
/// χ² = Σ (O₁−E₁)²/E₁ + (O₀−E₀)²/E₀ with E₁ = Σp and E₀ = n_bin − E₁; df = g − 2; upper χ² tail.
/// </summary>
public static class HosmerLemeshow
{
    public static HosmerLemeshowResult Test(IReadOnlyList<double> p, IReadOnlyList<double> y, int groups = 10)
    {
        if (p.Count != y.Count || p.Count == 0)
        {
            throw new ArgumentException("p and y must be non-empty and of equal length.");
        }

        if (groups < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(groups), "Need at least 3 groups (df = g − 2).");
        }

        var breaks = QuantileGroups.Breaks(p, groups);
        var bins = breaks.Count - 1;
        if (bins < 1)
        {
            throw new ArgumentException("All predicted probabilities are equal; no groups can be formed.", nameof(p));
        }

        var count = new int[bins];
        var observed1 = new double[bins];
        var expected1 = new double[bins];
        for (var i = 0; i < p.Count; i++)
        {
            var bin = QuantileGroups.GroupOf(p[i], breaks);
            count[bin]++;
            observed1[bin] += y[i];
            expected1[bin] += p[i];
        }

        var table = new HosmerLemeshowGroup[bins];
        var chiSquare = 0.0;
        for (var b = 0; b < bins; b++)
        {
            var observed0 = count[b] - observed1[b];
            var expected0 = count[b] - expected1[b];
            chiSquare += Sq(observed1[b] - expected1[b]) / expected1[b] + Sq(observed0 - expected0) / expected0;
            table[b] = new HosmerLemeshowGroup(breaks[b], breaks[b + 1], count[b], observed1[b], expected1[b], observed0, expected0);
        }

        var df = groups - 2;
        var pValue = SpecialFunctions.GammaUpperRegularized(df / 2.0, chiSquare / 2.0);
        return new HosmerLemeshowResult(chiSquare, df, pValue, groups, breaks, table);
    }

    private static double Sq(double v) => v * v;
}
