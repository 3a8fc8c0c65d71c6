namespace HccMesh.Modeling.Statistics.Lasso;

/// <summary>
/// One cv.glmnet measure over the λ sequence (grouped = TRUE): per-fold values, their fold-size-weighted mean
/// <see cref="Cvm"/>, <see cref="Cvsd"/> = sqrt(weighted mean of (fold value − cvm)² / (K − 1)), and the
/// λ.min / λ.1se choice (glmnet/R/cvstats.R, getOptcv.glmnet.R). Indices are 0-based.
/// </summary>
public sealed class CrossValidationCurve
{
    public CrossValidationCurve(double[] lambda, double[][] foldValues, double[] foldWeights, bool higherIsBetter)
    {
        Lambda = lambda;
        FoldValues = foldValues;
        FoldWeights = foldWeights;
        HigherIsBetter = higherIsBetter;
        var count = lambda.Length;
        var folds = foldValues.Length;
        Cvm = new double[count];
        Cvsd = new double[count];
        for (var k = 0; k < count; k++)
        {
            // A fold can have no value at λ_k (AUC of a fold without events or without non-events): glmnet's
            // cvstats drops it (weighted.mean(..., na.rm = TRUE)) and divides the variance by N − 1 with N the folds left.
            double mean = 0.0, weightSum = 0.0;
            var present = 0;
            for (var f = 0; f < folds; f++)
            {
                if (!double.IsNaN(foldValues[f][k]))
                {
                    mean += foldWeights[f] * foldValues[f][k];
                    weightSum += foldWeights[f];
                    present++;
                }
            }

            mean /= weightSum;
            var spread = 0.0;
            for (var f = 0; f < folds; f++)
            {
                if (!double.IsNaN(foldValues[f][k]))
                {
                    var d = foldValues[f][k] - mean;
                    spread += foldWeights[f] * d * d;
                }
            }

            Cvm[k] = present == 0 ? double.NaN : mean;
            Cvsd[k] = present < 2 ? double.NaN : Math.Sqrt(spread / weightSum / (present - 1));
        }

        // The largest λ reaching the best cvm; then the largest λ within one cvsd of it. λ is decreasing,
        // so "largest λ" is the first index.
        var sign = higherIsBetter ? -1.0 : 1.0;
        var best = double.PositiveInfinity;
        for (var k = 0; k < count; k++)
        {
            if (!double.IsNaN(Cvm[k]))
            {
                best = Math.Min(best, sign * Cvm[k]);
            }
        }

        // NaN compares false, so λ without a value are never chosen (getOptcv.glmnet's na.rm); a curve with no value
        // at all (every fold lacks a class) has no choice and reports index 0.
        IndexMin = Math.Max(0, Array.FindIndex(Cvm, c => sign * c <= best));
        var bound = sign * Cvm[IndexMin] + (double.IsNaN(Cvsd[IndexMin]) ? 0 : Cvsd[IndexMin]);
        Index1Se = Math.Max(0, Array.FindIndex(Cvm, c => sign * c <= bound));
    }

    public double[] Lambda { get; }

    /// <summary>FoldValues[fold][k]: the measure of one held-out fold at λ_k.</summary>
    public double[][] FoldValues { get; }

    /// <summary>Fold sizes (number of held-out patients), the weights of the mean.</summary>
    public double[] FoldWeights { get; }

    /// <summary>True for AUC (largest is best), false for deviance.</summary>
    public bool HigherIsBetter { get; }

    public double[] Cvm { get; }

    public double[] Cvsd { get; }

    public int IndexMin { get; }

    public int Index1Se { get; }

    public double LambdaMin => Lambda[IndexMin];

    public double Lambda1Se => Lambda[Index1Se];
}
