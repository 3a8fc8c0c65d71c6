namespace HccMesh.Modeling.Statistics.Lasso;

/// <summary>
/// Coefficients of a path at an arbitrary λ by linear interpolation in λ between the bracketing fitted values,
/// clamped to the path's first and last λ (as glmnet's lambda.interp in glmnet/R/lambda.interp.R).
/// </summary>
public static class LambdaInterpolation
{
    /// <summary>Intercept and original-scale coefficients of <paramref name="path"/> at <paramref name="lambda"/>.</summary>
    public static (double Intercept, double[] Beta) At(LassoPath path, double lambda)
    {
        var lambdas = path.Lambda;
        var last = lambdas.Length - 1;
        if (lambda >= lambdas[0] || last == 0)
        {
            return (path.Intercept[0], (double[])path.Beta[0].Clone());
        }

        if (lambda <= lambdas[last])
        {
            return (path.Intercept[last], (double[])path.Beta[last].Clone());
        }

        var left = 0;
        while (lambdas[left + 1] > lambda)
        {
            left++;
        }

        var right = left + 1;
        var weightLeft = (lambda - lambdas[right]) / (lambdas[left] - lambdas[right]);
        var weightRight = 1 - weightLeft;
        var beta = new double[path.FeatureCount];
        for (var j = 0; j < beta.Length; j++)
        {
            beta[j] = weightLeft * path.Beta[left][j] + weightRight * path.Beta[right][j];
        }

        return (weightLeft * path.Intercept[left] + weightRight * path.Intercept[right], beta);
    }
}
