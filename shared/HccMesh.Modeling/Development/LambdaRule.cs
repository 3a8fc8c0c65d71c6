namespace HccMesh.Modeling.Development;

/// <summary>Which λ of the cross-validated LASSO path defines the radscore (cv.glmnet's <c>s =</c>).</summary>
public enum LambdaRule
{
    /// <summary><c>lambda.min</c>: the λ with the lowest mean cross-validated deviance.</summary>
    Min,

    /// <summary><c>lambda.1se</c>: the largest λ within one standard error of the minimum.</summary>
    OneStandardError,
}
