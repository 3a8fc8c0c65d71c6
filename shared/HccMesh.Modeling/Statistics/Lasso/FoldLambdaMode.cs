namespace HccMesh.Modeling.Statistics.Lasso;

/// <summary>How each cross-validation fold is evaluated at the full-data λ sequence.</summary>
public enum FoldLambdaMode
{
    /// <summary>
    /// cv.glmnet's behaviour: each fold fits its own path (own λ_max, own early stop) and its coefficients are
    /// linearly interpolated in λ at the full-data values, clamped to the fold's first and last λ.
    /// </summary>
    OwnPathInterpolated,

    /// <summary>Each fold is fitted directly at the full-data λ sequence.</summary>
    FullDataLambda,
}
