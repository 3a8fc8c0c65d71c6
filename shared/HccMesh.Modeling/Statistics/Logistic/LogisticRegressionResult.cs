namespace HccMesh.Modeling.Statistics.Logistic;

/// <summary>A converged binomial-logit GLM fit. Terms start with "(Intercept)" (as in R).</summary>
public sealed class LogisticRegressionResult
{
    internal LogisticRegressionResult(
        IReadOnlyList<LogisticTerm> terms,
        double[,] covariance,
        double deviance,
        double nullDeviance,
        int iterations,
        double[] linearPredictor,
        double[] fittedProbabilities)
    {
        Terms = terms;
        Covariance = covariance;
        Deviance = deviance;
        NullDeviance = nullDeviance;
        Iterations = iterations;
        LinearPredictor = linearPredictor;
        FittedProbabilities = fittedProbabilities;
    }

    public IReadOnlyList<LogisticTerm> Terms { get; }

    /// <summary>Covariance of the coefficients (inverse Fisher information), term order, intercept first.</summary>
    public double[,] Covariance { get; }

    public double Deviance { get; }

    public double NullDeviance { get; }

    /// <summary>AIC = deviance + 2·(number of coefficients); exact for 0/1 outcomes.</summary>
    public double Aic => Deviance + 2.0 * Terms.Count;

    /// <summary>IRLS iterations, counted as R's <c>glm()$iter</c>.</summary>
    public int Iterations { get; }

    /// <summary>η = offset + Xβ for the fitted rows.</summary>
    public IReadOnlyList<double> LinearPredictor { get; }

    public IReadOnlyList<double> FittedProbabilities { get; }

    public LogisticTerm this[string name] =>
        Terms.FirstOrDefault(t => t.Name == name) ?? throw new KeyNotFoundException("No term " + name);

    /// <summary>Predicted probability for a covariate row in the fitted variable order (without intercept).</summary>
    public double Predict(IReadOnlyList<double> row, double offset = 0.0)
    {
        if (row.Count != Terms.Count - 1)
        {
            throw new ArgumentException($"Expected {Terms.Count - 1} covariates, got {row.Count}.", nameof(row));
        }

        var eta = offset + Terms[0].Beta;
        for (var j = 0; j < row.Count; j++)
        {
            eta += Terms[j + 1].Beta * row[j];
        }

        return LogisticFunction.Inverse(eta);
    }
}
