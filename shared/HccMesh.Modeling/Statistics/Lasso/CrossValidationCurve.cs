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
        var weightSum = foldWeights.Sum();
        for (var k = 0; k < count; k++)
        {
            var mean = 0.0;
            for (var f = 0; f < folds; f++)
            {
                mean += foldWeights[f] * foldValues[f][k];
            }

            mean /= weightSum;
            var spread = 0.0;
            for (var f = 0; f < folds; f++)
            {
                var d = foldValues[f][k] - mean;
                spread += foldWeights[f] * d * d;
            }

            Cvm[k] = mean;
            Cvsd[k] = Math.Sqrt(spread / weightSum / (folds - 1));
        }

        // The largest λ reaching the best cvm; then the largest λ within one cvsd of it. λ is decreasing,
        // so "largest λ" is the first index.
        var sign = higherIsBetter ? -1.0 : 1.0;
        var best = double.PositiveInfinity;
        for (var k = 0; k < count; k++)
        {
            best = Math.Min(best, sign * Cvm[k]);
        }

        IndexMin = Array.FindIndex(Cvm, c => sign * c <= best);
        var bound = sign * Cvm[IndexMin] + Cvsd[IndexMin];
        Index1Se = Array.FindIndex(Cvm, c => sign * c <= bound);
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
