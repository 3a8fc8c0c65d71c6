namespace HccMesh.Modeling.Statistics.Reliability;

/// <summary>
/// Intraclass correlation of repeat measurements (Shrout &amp; Fleiss 1979; McGraw &amp; Wong 1996),
/// reproducing R psych::ICC(x, lmer = FALSE) (psych 2.2.9, R/ICC.R: formulas learned from it, not copied).
/// </summary>
/// <remarks>
/// From the two-way ANOVA of n subjects × k raters: MSR (subjects), MSC (raters), MSE (residual) and the one-way
/// within-subject MSW = (SSC + SSE) / (n(k−1)).
/// ICC1 = (MSR−MSW)/(MSR+(k−1)MSW); ICC2 = (MSR−MSE)/(MSR+(k−1)MSE+k(MSC−MSE)/n); ICC3 = (MSR−MSE)/(MSR+(k−1)MSE);
/// ICC1k = (MSR−MSW)/MSR; ICC2k = (MSR−MSE)/(MSR+(MSC−MSE)/n); ICC3k = (MSR−MSE)/MSR.
/// Confidence intervals: exact F-based bounds for forms 1 and 3; for form 2 the Satterthwaite-type approximation
/// of McGraw &amp; Wong (their Table 7) with non-integer denominator degrees of freedom, as psych does.
/// psych's default lmer = TRUE estimates the mean squares from lme4 REML variance components instead; for complete
/// balanced data that equals the ANOVA values only up to optimizer tolerance.
/// </remarks>
public static class IntraclassCorrelation
{
    /// <summary>ICC of a subjects × raters table (rows = subjects, columns = raters or repeats). No missing values.</summary>
    /// <param name="subjectsByRaters">n ≥ 2 rows, k ≥ 2 columns, all finite.</param>
    /// <param name="alpha">Two-sided confidence intervals have level 1 − alpha (psych default 0.05).</param>
    public static IntraclassCorrelationResult Compute(double[,] subjectsByRaters, double alpha = 0.05)
    {
        ArgumentNullException.ThrowIfNull(subjectsByRaters);
        var n = subjectsByRaters.GetLength(0);
        var k = subjectsByRaters.GetLength(1);
        var flat = new double[n * k];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                flat[(i * k) + j] = subjectsByRaters[i, j];
            }
        }

        return ComputeFlat(flat, n, k, alpha);
    }

    /// <summary>ICC of a jagged subjects × raters table; every row must have the same length.</summary>
    public static IntraclassCorrelationResult Compute(double[][] subjectsByRaters, double alpha = 0.05)
    {
        ArgumentNullException.ThrowIfNull(subjectsByRaters);
        var n = subjectsByRaters.Length;
        var k = n > 0 ? subjectsByRaters[0].Length : 0;
        var flat = new double[n * k];
        for (var i = 0; i < n; i++)
        {
            var row = subjectsByRaters[i] ?? throw new ArgumentException($"Row {i} is null.", nameof(subjectsByRaters));
            if (row.Length != k)
            {
                throw new ArgumentException($"Row {i} has {row.Length} raters, row 0 has {k}.", nameof(subjectsByRaters));
            }

            Array.Copy(row, 0, flat, i * k, k);
        }

        return ComputeFlat(flat, n, k, alpha);
    }

    private static IntraclassCorrelationResult ComputeFlat(double[] x, int n, int k, double alpha)
    {
        if (n < 2 || k < 2)
        {
            throw new ArgumentException($"ICC needs at least 2 subjects and 2 raters; got {n} × {k}.");
        }

        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must lie in (0, 1).");
        }

        var squares = AnovaSquares.Of(x, n, k);
        var msr = squares.SubjectsSumOfSquares / (n - 1);
        var msc = squares.RatersSumOfSquares / (k - 1);
        var mse = squares.ErrorSumOfSquares / ((n - 1.0) * (k - 1.0));
        var msw = (squares.RatersSumOfSquares + squares.ErrorSumOfSquares) / (n * (k - 1.0));

        var icc1 = (msr - msw) / (msr + ((k - 1) * msw));
        var icc2 = (msr - mse) / (msr + ((k - 1) * mse) + (k * (msc - mse) / n));
        var icc3 = (msr - mse) / (msr + ((k - 1) * mse));
        var icc1k = (msr - msw) / msr;
        var icc2k = (msr - mse) / (msr + ((msc - mse) / n));
        var icc3k = (msr - mse) / msr;

        // One-way test: F = MSR/MSW on (n−1, n(k−1)); two-way: F = MSR/MSE on (n−1, (n−1)(k−1)).
        double df1 = n - 1;
        double dfWithin = n * (k - 1.0);
        var dfError = (n - 1.0) * (k - 1.0);
        var fOneWay = msr / msw;
        var fTwoWay = msr / mse;
        var pOneWay = FisherF.UpperTail(fOneWay, df1, dfWithin);
        var pTwoWay = FisherF.UpperTail(fTwoWay, df1, dfError);
        var upper = 1 - (alpha / 2);

        var f1Low = fOneWay / FisherF.Quantile(upper, df1, dfWithin);
        var f1High = fOneWay * FisherF.Quantile(upper, dfWithin, df1);
        var f3Low = fTwoWay / FisherF.Quantile(upper, df1, dfError);
        var f3High = fTwoWay * FisherF.Quantile(upper, dfError, df1);

        // ICC(2,1) bounds: McGraw & Wong (1996) approximation with Satterthwaite degrees of freedom v.
        var fRaters = msc / mse;
        var a = (n * (1 + ((k - 1) * icc2))) - (k * icc2);
        var vNumerator = (k - 1.0) * (n - 1.0) * Square((k * icc2 * fRaters) + a);
        var vDenominator = ((n - 1.0) * k * k * icc2 * icc2 * fRaters * fRaters) + Square(a);
        var v = vNumerator / vDenominator;
        var fStarHigh = FisherF.Quantile(upper, n - 1, v);
        var fStarLow = FisherF.Quantile(upper, v, n - 1);
        var common = (k * msc) + (((k * n) - k - n) * mse);
        var icc2Low = n * (msr - (fStarHigh * mse)) / ((fStarHigh * common) + (n * msr));
        var icc2High = n * ((fStarLow * msr) - mse) / (common + (n * fStarLow * msr));

        return new IntraclassCorrelationResult(
            n,
            k,
            msr,
            msc,
            mse,
            msw,
            new IccEstimate(IccForm.Icc1, icc1, fOneWay, df1, dfWithin, pOneWay, SingleFromF(f1Low, k), SingleFromF(f1High, k)),
            new IccEstimate(IccForm.Icc2, icc2, fTwoWay, df1, dfError, pTwoWay, icc2Low, icc2High),
            new IccEstimate(IccForm.Icc3, icc3, fTwoWay, df1, dfError, pTwoWay, SingleFromF(f3Low, k), SingleFromF(f3High, k)),
            new IccEstimate(IccForm.Icc1k, icc1k, fOneWay, df1, dfWithin, pOneWay, 1 - (1 / f1Low), 1 - (1 / f1High)),
            new IccEstimate(IccForm.Icc2k, icc2k, fTwoWay, df1, dfError, pTwoWay, SpearmanBrown(icc2Low, k), SpearmanBrown(icc2High, k)),
            new IccEstimate(IccForm.Icc3k, icc3k, fTwoWay, df1, dfError, pTwoWay, 1 - (1 / f3Low), 1 - (1 / f3High)));
    }

    private static double SingleFromF(double f, int k) => (f - 1) / (f + k - 1);

    private static double SpearmanBrown(double single, int k) => single * k / (1 + (single * (k - 1)));

    private static double Square(double value) => value * value;
}
