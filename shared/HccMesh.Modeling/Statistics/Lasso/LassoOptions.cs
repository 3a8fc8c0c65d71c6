namespace HccMesh.Modeling.Statistics.Lasso;

/// <summary>
/// Settings of the L1-penalised logistic path, defaults as glmnet 4.1 (family binomial, alpha 1, standardize TRUE).
/// </summary>
public sealed record LassoOptions
{
    /// <summary>Maximum number of λ values (glmnet nlambda).</summary>
    public int LambdaCount { get; init; } = 100;

    /// <summary>λ_min / λ_max; null → 1e-4 when n &gt; p, else 1e-2 (glmnet lambda.min.ratio).</summary>
    public double? LambdaMinRatio { get; init; }

    /// <summary>A user-given decreasing λ sequence; when set, no λ_max is computed and no early stop is applied.</summary>
    public IReadOnlyList<double>? Lambda { get; init; }

    /// <summary>
    /// Convergence threshold of this solver (relative change of the standardized coefficients). Much tighter than
    /// glmnet's thresh = 1e-7 on purpose: the solver converges to the exact optimum, which glmnet only approaches.
    /// </summary>
    public double ConvergenceThreshold { get; init; } = 1e-13;

    /// <summary>Early stop once the deviance ratio improves by less than this (absolute) per step (glmnet fdev; the stats-tiny path stops at a step of 9.6e-6).</summary>
    public double MinDevianceRatioChange { get; init; } = 1e-5;

    /// <summary>Early stop once the deviance ratio exceeds this (glmnet devmax).</summary>
    public double MaxDevianceRatio { get; init; } = 0.999;

    /// <summary>At least this many λ values are fitted before an early stop (glmnet mnlam).</summary>
    public int MinLambdaCount { get; init; } = 5;

    /// <summary>Fitted probabilities are kept within [bound, 1 − bound] in the IRLS weights (glmnet pmin).</summary>
    public double ProbabilityBound { get; init; } = 1e-9;

    public int MaxIterations { get; init; } = 100_000;
}
