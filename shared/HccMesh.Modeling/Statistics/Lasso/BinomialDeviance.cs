namespace HccMesh.Modeling.Statistics.Lasso;

/// <summary>Binomial deviance of 0/1 outcomes under linear predictors.</summary>
public static class BinomialDeviance
{
    /// <summary>−2·Σ[yᵢ log pᵢ + (1−yᵢ) log(1−pᵢ)], p = logistic(η), computed stably from η.</summary>
    public static double Total(IReadOnlyList<double> y, IReadOnlyList<double> eta)
    {
        var sum = 0.0;
        for (var i = 0; i < y.Count; i++)
        {
            var t = eta[i];
            var logOnePlusExp = t > 0 ? t + Math.Log(1 + Math.Exp(-t)) : Math.Log(1 + Math.Exp(t));
            sum += logOnePlusExp - y[i] * t;
        }

        return 2 * sum;
    }

    /// <summary>
    /// Per-patient deviance as cv.glmnet's type.measure = "deviance": p clamped to [1e-5, 1 − 1e-5]
    /// (glmnet/R/cv.lognet.R, prob_min / prob_max).
    /// </summary>
    public static double ClampedObservation(double y, double eta)
    {
        const double bound = 1e-5;
        var p = Math.Clamp(1.0 / (1.0 + Math.Exp(-eta)), bound, 1 - bound);
        return -2 * (y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
    }
}
