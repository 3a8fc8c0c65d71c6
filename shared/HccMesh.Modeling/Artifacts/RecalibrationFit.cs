namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// Result of a logistic recalibration on the old linear predictor lp: new lp = <see cref="Intercept"/> + <see cref="Slope"/> · lp.
/// For <see cref="RecalibrationMethod.Intercept"/> the slope is exactly 1 (lp is an offset).
/// </summary>
public sealed record RecalibrationFit
{
    public required RecalibrationMethod Method { get; init; }

    /// <summary>a: intercept of glm(y ~ lp), or of glm(y ~ 1, offset = lp).</summary>
    public required double Intercept { get; init; }

    /// <summary>b: coefficient of lp (1 for the intercept-only method).</summary>
    public required double Slope { get; init; }

    public required int Cases { get; init; }

    public required int Events { get; init; }

    /// <summary>"intercept" or "intercept+slope", as written into provenance.</summary>
    public string MethodName => Method == RecalibrationMethod.Intercept ? "intercept" : "intercept+slope";
}
