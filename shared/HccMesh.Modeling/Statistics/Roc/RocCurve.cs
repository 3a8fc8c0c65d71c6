namespace HccMesh.Modeling.Statistics.Roc;

/// <summary>
/// Empirical ROC curve of a score against a 0/1 outcome (1 = case), reproducing R pROC 1.18 <c>roc()</c>:
/// thresholds are −∞, the midpoints between consecutive distinct sorted scores, and +∞ (learned from
/// pROC R/roc.utils.R, <c>roc.utils.thresholds</c> and <c>sort.roc</c>); points are ordered so that specificity
/// increases (thresholds increase for <see cref="RocDirection.ControlsLower"/>, decrease for
/// <see cref="RocDirection.ControlsHigher"/>). The AUC is the Mann–Whitney statistic with ties counting ½.
/// </summary>
public sealed class RocCurve
{
    private RocCurve(
        RocDirection direction, int[] outcomes, double[] thresholds, double[] sensitivities, double[] specificities,
        double auc, double[] casePlacements, double[] controlPlacements)
    {
        Direction = direction;
        Outcomes = outcomes;
        Thresholds = thresholds;
        Sensitivities = sensitivities;
        Specificities = specificities;
        Auc = auc;
        CasePlacements = casePlacements;
        ControlPlacements = controlPlacements;
    }

    /// <summary>The direction used (never <see cref="RocDirection.Auto"/>: auto is resolved by pROC's median rule).</summary>
    public RocDirection Direction { get; }

    public IReadOnlyList<double> Thresholds { get; }

    public IReadOnlyList<double> Sensitivities { get; }

    public IReadOnlyList<double> Specificities { get; }

    /// <summary>Area under the curve, P(case ranks above control) + ½·P(tie), in the chosen direction.</summary>
    public double Auc { get; }

    public int CaseCount => CasePlacements.Length;

    public int ControlCount => ControlPlacements.Length;

    /// <summary>DeLong placement V10 of each case (input order): fraction of controls it beats, ties ½.</summary>
    internal double[] CasePlacements { get; }

    /// <summary>DeLong placement V01 of each control (input order): fraction of cases that beat it, ties ½.</summary>
    internal double[] ControlPlacements { get; }

    internal int[] Outcomes { get; }

    private double[] Scores { get; init; } = [];

    /// <summary>Builds the curve. Scores must be finite or ±∞ (no NaN); outcomes 0 (control) or 1 (case), both present.</summary>
    public static RocCurve Compute(double[] scores, int[] outcomes, RocDirection direction = RocDirection.ControlsLower)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (scores.Length != outcomes.Length)
        {
            throw new ArgumentException($"{scores.Length} scores but {outcomes.Length} outcomes.", nameof(outcomes));
        }

        var caseCount = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                throw new ArgumentException($"Score {i} is NaN.", nameof(scores));
            }

            if (outcomes[i] is not (0 or 1))
            {
                throw new ArgumentException($"Outcome {i} is {outcomes[i]}; expected 0 or 1.", nameof(outcomes));
            }

            caseCount += outcomes[i];
        }

        var controlCount = scores.Length - caseCount;
        if (caseCount == 0 || controlCount == 0)
        {
            throw new ArgumentException($"A ROC curve needs cases and controls ({caseCount} cases, {controlCount} controls).", nameof(outcomes));
        }

        var cases = new double[caseCount];
        var controls = new double[controlCount];
        for (int i = 0, c = 0, k = 0; i < scores.Length; i++)
        {
            if (outcomes[i] == 1)
            {
                cases[c++] = scores[i];
            }
            else
            {
                controls[k++] = scores[i];
            }
        }

        if (direction == RocDirection.Auto)
        {
            direction = Median(controls) <= Median(cases) ? RocDirection.ControlsLower : RocDirection.ControlsHigher;
        }

        var (thresholds, sensitivities, specificities) = BuildPoints(scores, outcomes, caseCount, controlCount, direction);

        // Placements in the "<" orientation: negating the scores turns ">" into "<" and keeps ties exact.
        var sign = direction == RocDirection.ControlsLower ? 1.0 : -1.0;
        var sortedCases = Oriented(cases, sign);
        var sortedControls = Oriented(controls, sign);
        Array.Sort(sortedCases);
        Array.Sort(sortedControls);
        var casePlacements = new double[caseCount];
        long twiceWins = 0;
        for (var i = 0; i < caseCount; i++)
        {
            var (below, equal) = CountBelowAndEqual(sortedControls, sign * cases[i]);
            twiceWins += 2L * below + equal;
            casePlacements[i] = (below + 0.5 * equal) / controlCount;
        }

        var controlPlacements = new double[controlCount];
        for (var j = 0; j < controlCount; j++)
        {
            var (below, equal) = CountBelowAndEqual(sortedCases, sign * controls[j]);
            controlPlacements[j] = (caseCount - below - equal + 0.5 * equal) / caseCount;
        }

        var auc = twiceWins / (2.0 * caseCount * controlCount);
        return new RocCurve(direction, (int[])outcomes.Clone(), thresholds, sensitivities, specificities, auc, casePlacements, controlPlacements)
        {
            Scores = (double[])scores.Clone(),
        };
    }

    /// <summary>Dichotomises at <paramref name="threshold"/> (positive when score ≥ threshold for "&lt;", ≤ for "&gt;").</summary>
    public ConfusionMatrix ConfusionAt(double threshold)
    {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < Scores.Length; i++)
        {
            var positive = Direction == RocDirection.ControlsLower ? Scores[i] >= threshold : Scores[i] <= threshold;
            if (Outcomes[i] == 1)
            {
                if (positive)
                {
                    tp++;
                }
                else
                {
                    fn++;
                }
            }
            else if (positive)
            {
                fp++;
            }
            else
            {
                tn++;
            }
        }

        return new ConfusionMatrix(tp, fp, tn, fn);
    }

    private static (double[] Thresholds, double[] Sensitivities, double[] Specificities) BuildPoints(
        double[] scores, int[] outcomes, int caseCount, int controlCount, RocDirection direction)
    {
        var order = new int[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = (double[])scores.Clone();
        Array.Sort(keys, order);

        // Distinct values with the number of cases / controls at each.
        var distinct = new List<double>(scores.Length);
        var casesAt = new List<int>(scores.Length);
        var controlsAt = new List<int>(scores.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            if (distinct.Count == 0 || keys[i] != distinct[^1])
            {
                distinct.Add(keys[i]);
                casesAt.Add(0);
                controlsAt.Add(0);
            }

            if (outcomes[order[i]] == 1)
            {
                casesAt[^1]++;
            }
            else
            {
                controlsAt[^1]++;
            }
        }

        var k = distinct.Count;
        var thresholds = new double[k + 1];
        var casesAtOrBelow = new int[k + 1];
        var controlsAtOrBelow = new int[k + 1];
        thresholds[0] = double.NegativeInfinity;
        thresholds[k] = double.PositiveInfinity;
        for (var i = 1; i <= k; i++)
        {
            casesAtOrBelow[i] = casesAtOrBelow[i - 1] + casesAt[i - 1];
            controlsAtOrBelow[i] = controlsAtOrBelow[i - 1] + controlsAt[i - 1];
        }

        for (var i = 1; i < k; i++)
        {
            thresholds[i] = Midpoint(distinct[i - 1], distinct[i], direction);
        }

        // Threshold i separates the i lowest distinct values from the rest.
        var se = new double[k + 1];
        var sp = new double[k + 1];
        for (var i = 0; i <= k; i++)
        {
            if (direction == RocDirection.ControlsLower)
            {
                se[i] = (double)(caseCount - casesAtOrBelow[i]) / caseCount;
                sp[i] = (double)controlsAtOrBelow[i] / controlCount;
            }
            else
            {
                se[i] = (double)casesAtOrBelow[i] / caseCount;
                sp[i] = (double)(controlCount - controlsAtOrBelow[i]) / controlCount;
            }
        }

        if (direction == RocDirection.ControlsHigher)
        {
            // pROC's sort.roc: specificities increasing.
            Array.Reverse(thresholds);
            Array.Reverse(se);
            Array.Reverse(sp);
        }

        return (thresholds, se, sp);
    }

    /// <summary>
    /// pROC's midpoint: (a+b)/2, or a/2+b/2 when that overflows past 1e100. When rounding makes the midpoint equal
    /// one of its neighbours (near-ties), pROC moves it so the comparison still separates them: to the upper value
    /// for "&lt;" (score ≥ t), to the lower for "&gt;" (score ≤ t).
    /// </summary>
    private static double Midpoint(double lower, double upper, RocDirection direction)
    {
        var t = (lower + upper) / 2;
        if (Math.Abs(t) > 1e100)
        {
            t = (lower / 2) + (upper / 2);
        }

        if (direction == RocDirection.ControlsLower && t == lower)
        {
            return upper;
        }

        if (direction == RocDirection.ControlsHigher && t == upper)
        {
            return lower;
        }

        return t;
    }

    private static double[] Oriented(double[] values, double sign)
    {
        var result = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = sign * values[i];
        }

        return result;
    }

    private static (int Below, int Equal) CountBelowAndEqual(double[] sorted, double value)
    {
        var lower = FirstIndexNotBelow(sorted, value, inclusive: false);
        var upper = FirstIndexNotBelow(sorted, value, inclusive: true);
        return (lower, upper - lower);
    }

    /// <summary>First index whose value is ≥ <paramref name="value"/> (or &gt; it when <paramref name="inclusive"/>).</summary>
    private static int FirstIndexNotBelow(double[] sorted, double value, bool inclusive)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value || (inclusive && sorted[mid] == value))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>R's median: the middle value, or the mean of the two middle values.</summary>
    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }
}
