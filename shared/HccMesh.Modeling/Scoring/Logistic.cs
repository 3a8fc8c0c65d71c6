namespace HccMesh.Modeling.Scoring;

/// <summary>Logistic function and its inverse.</summary>
public static class Logistic
{
    /// <summary>p = 1 / (1 + e^−η), evaluated without overflow for large |η|.</summary>
    public static double Probability(double linearPredictor)
    {
        if (linearPredictor >= 0)
        {
            return 1.0 / (1.0 + Math.Exp(-linearPredictor));
        }

        var e = Math.Exp(linearPredictor);
        return e / (1.0 + e);
    }

    /// <summary>η = ln(p / (1 − p)).</summary>
    public static double Logit(double probability) => Math.Log(probability / (1.0 - probability));
}
