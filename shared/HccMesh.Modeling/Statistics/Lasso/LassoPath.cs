namespace HccMesh.Modeling.Statistics.Lasso;

/// <summary>
/// A fitted LASSO logistic path. Coefficients are on the original feature scale:
/// η = Intercept[k] + Σ_j Beta[k][j]·x_j.
/// </summary>
public sealed class LassoPath
{
    public LassoPath(
        double[] lambda,
        double[] intercept,
        double[][] beta,
        double[] devianceRatio,
        double nullDeviance,
        double[] means,
        double[] standardDeviations)
    {
        Lambda = lambda;
        Intercept = intercept;
        Beta = beta;
        DevianceRatio = devianceRatio;
        NullDeviance = nullDeviance;
        Means = means;
        StandardDeviations = standardDeviations;
    }

    /// <summary>Decreasing λ sequence actually fitted.</summary>
    public double[] Lambda { get; }

    /// <summary>Intercept a0 at each λ.</summary>
    public double[] Intercept { get; }

    /// <summary>Beta[k][j]: coefficient of feature j at λ_k (original scale).</summary>
    public double[][] Beta { get; }

    /// <summary>1 − deviance/null deviance at each λ.</summary>
    public double[] DevianceRatio { get; }

    public double NullDeviance { get; }

    /// <summary>Column means used for standardisation.</summary>
    public double[] Means { get; }

    /// <summary>Population column SDs (divide by n) used for standardisation.</summary>
    public double[] StandardDeviations { get; }

    public int Count => Lambda.Length;

    public int FeatureCount => Means.Length;

    /// <summary>Number of non-zero feature coefficients at λ_k.</summary>
    public int NonzeroCount(int k)
    {
        var count = 0;
        foreach (var b in Beta[k])
        {
            if (b != 0)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Linear predictor (intercept included) of one patient at λ_k.</summary>
    public double LinearPredictor(IReadOnlyList<double> row, int k)
    {
        var eta = Intercept[k];
        var beta = Beta[k];
        for (var j = 0; j < beta.Length; j++)
        {
            eta += beta[j] * row[j];
        }

        return eta;
    }

    /// <summary>Linear predictor of every row at λ_k.</summary>
    public double[] LinearPredictor(double[][] x, int k)
    {
        var eta = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            eta[i] = LinearPredictor(x[i], k);
        }

        return eta;
    }
}
