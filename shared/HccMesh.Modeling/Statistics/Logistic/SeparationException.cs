namespace HccMesh.Modeling.Statistics.Logistic;

/// <summary>
/// Thrown when a logistic fit shows (quasi-)complete separation: fitted probabilities numerically 0 or 1
/// (R glm's warning threshold 10·ε) or coefficients still diverging at the iteration limit.
/// The maximum-likelihood estimate does not exist; a huge estimate would be meaningless.
/// </summary>
public sealed class SeparationException(string variable, string message) : Exception(message)
{
    /// <summary>The term whose coefficient diverges most (largest |Δβ|·sd(x) in the last iteration).</summary>
    public string Variable { get; } = variable;
}
