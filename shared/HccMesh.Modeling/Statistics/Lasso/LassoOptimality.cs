namespace HccMesh.Modeling.Statistics.Lasso;

/// <summary>
/// Karush–Kuhn–Tucker check of a fitted λ: with g_j = (1/n)·Σ z_ij·(y_i − p_i) on the standardized columns,
/// an active coefficient needs g_j = λ·sign(b_j), an inactive one |g_j| ≤ λ, and the intercept Σ(y_i − p_i) = 0.
/// Used to show that a path sits at the exact optimum (independent of any reference implementation).
/// </summary>
public static class LassoOptimality
{
    /// <summary>Largest KKT violation at λ index <paramref name="k"/> of <paramref name="path"/> fitted on (x, y).</summary>
    public static double MaxViolation(double[][] x, double[] y, LassoPath path, int k)
    {
        var n = y.Length;
        var lambda = path.Lambda[k];
        var residual = new double[n];
        var interceptGradient = 0.0;
        for (var i = 0; i < n; i++)
        {
            var p = 1.0 / (1.0 + Math.Exp(-path.LinearPredictor(x[i], k)));
            residual[i] = y[i] - p;
            interceptGradient += residual[i];
        }

        var violation = Math.Abs(interceptGradient) / n;
        for (var j = 0; j < path.FeatureCount; j++)
        {
            var gradient = 0.0;
            for (var i = 0; i < n; i++)
            {
                gradient += (x[i][j] - path.Means[j]) / path.StandardDeviations[j] * residual[i];
            }

            gradient /= n;
            var b = path.Beta[k][j];
            violation = Math.Max(violation, b == 0 ? Math.Max(0, Math.Abs(gradient) - lambda) : Math.Abs(gradient - lambda * Math.Sign(b)));
        }

        return violation;
    }
}
