namespace HccMesh.Modeling.Statistics.Nomogram;

/// <summary>
/// R's <c>pretty(c(min, max), n)</c> (R ≥ 4.2 defaults: min.n = n %/% 3, shrink.sml = 0.75, high.u.bias = 1.5,
/// u5.bias = 0.5 + 1.5·high.u.bias, eps.correct = 0): about <c>n</c> equal intervals whose width is 1, 2 or 5 × 10^k,
/// covering the range. Learned from R src/appl/pretty.c (<c>R_pretty</c>) and src/library/base/R/pretty.R.
/// </summary>
public static class PrettyAxis
{
    private const double RoundingEpsilon = 1e-10;
    private const double HighUnitBias = 1.5;
    private const double Unit5Bias = 0.5 + (1.5 * HighUnitBias);
    private const double ShrinkSmall = 0.75;

    /// <summary>C's DBL_EPSILON (not .NET's double.Epsilon, the smallest subnormal).</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    public static double[] Ticks(double min, double max, int intervals = 5)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || min > max)
        {
            throw new ArgumentException($"Need a finite range with min ≤ max (got {min}, {max}).");
        }

        if (intervals < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(intervals), intervals, "Must be at least 1.");
        }

        var minIntervals = intervals / 3;
        var dx = max - min;
        double cell;
        bool small;
        if (dx == 0 && max == 0)
        {
            cell = 1;
            small = true;
        }
        else
        {
            cell = Math.Max(Math.Abs(min), Math.Abs(max));
            var u = 1 + (Unit5Bias >= (1.5 * HighUnitBias) + 0.5 ? 1 / (1 + HighUnitBias) : 1.5 / (1 + Unit5Bias));
            u *= Math.Max(1, intervals) * MachineEpsilon;
            small = dx < cell * u * 3;
        }

        if (small)
        {
            if (cell > 10)
            {
                cell = 9 + (cell / 10);
            }

            cell *= ShrinkSmall;
            if (minIntervals > 1)
            {
                cell /= minIntervals;
            }
        }
        else
        {
            cell = dx;
            if (intervals > 1)
            {
                cell /= intervals;
            }
        }

        var baseUnit = Math.Pow(10.0, Math.Floor(Math.Log10(cell)));
        var unit = baseUnit;
        if ((2 * baseUnit) - cell < HighUnitBias * (cell - unit))
        {
            unit = 2 * baseUnit;
            if ((5 * baseUnit) - cell < Unit5Bias * (cell - unit))
            {
                unit = 5 * baseUnit;
                if ((10 * baseUnit) - cell < HighUnitBias * (cell - unit))
                {
                    unit = 10 * baseUnit;
                }
            }
        }

        var ns = Math.Floor((min / unit) + RoundingEpsilon);
        var nu = Math.Ceiling((max / unit) - RoundingEpsilon);
        while (ns * unit > min + (RoundingEpsilon * unit))
        {
            ns--;
        }

        while (nu * unit < max - (RoundingEpsilon * unit))
        {
            nu++;
        }

        var k = (int)(0.5 + nu - ns);
        if (k < minIntervals)
        {
            k = minIntervals - k;
            if (ns >= 0)
            {
                nu += k / 2;
                ns -= (k / 2) + (k % 2);
            }
            else
            {
                ns -= k / 2;
                nu += (k / 2) + (k % 2);
            }

            k = minIntervals;
        }

        // pretty.default: seq.int(ns·unit, nu·unit, length.out = k + 1), which fills the first half upward from
        // `from` and the second half downward from `to`; then values within 1e-14·step of 0 are set to 0.
        var from = ns * unit;
        var to = nu * unit;
        var count = k + 1;
        var step = (to - from) / k;
        var ticks = new double[count];
        for (var i = 0; i < count; i++)
        {
            ticks[i] = i == 0 ? from : i == count - 1 ? to : i < count / 2 ? from + (i * step) : to - ((count - 1 - i) * step);
            if (Math.Abs(ticks[i]) < 1e-14 * step)
            {
                ticks[i] = 0;
            }
        }

        return ticks;
    }
}
