namespace HccMesh.Modeling.Statistics.Logistic;

/// <summary>The logit link with R's binomial-family safeguards (R src/library/stats/src/family.c).</summary>
public static class LogisticFunction
{
    private const double Threshold = 30.0;

    /// <summary>logit(p) = log(p / (1 − p)).</summary>
    public static double Logit(double p) => Math.Log(p / (1.0 - p));

    /// <summary>1 / (1 + e^−η), clamped to [ε, 1 − ε] beyond |η| &gt; 30 as R's logit_linkinv does.</summary>
    public static double Inverse(double eta)
    {
        var e = eta < -Threshold ? DoubleEpsilon : eta > Threshold ? 1.0 / DoubleEpsilon : Math.Exp(eta);
        return e / (1.0 + e);
    }

    /// <summary>dμ/dη = e^η / (1 + e^η)², floored at ε beyond |η| &gt; 30 (R's logit_mu_eta).</summary>
    public static double Derivative(double eta)
    {
        if (eta > Threshold || eta < -Threshold)
        {
            return DoubleEpsilon;
        }

        var onePlusExp = 1.0 + Math.Exp(eta);
        return Math.Exp(eta) / (onePlusExp * onePlusExp);
    }

    /// <summary>R's .Machine$double.eps (2^−52), not <see cref="double.Epsilon"/>.</summary>
    internal const double DoubleEpsilon = 2.220446049250313e-16;
}
