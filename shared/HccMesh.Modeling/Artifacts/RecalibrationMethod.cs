namespace HccMesh.Modeling.Artifacts;

/// <summary>How <see cref="LogisticRecalibration"/> updates a logistic model on local outcomes.</summary>
public enum RecalibrationMethod
{
    /// <summary>glm(y ~ 1, offset = lp): only the intercept moves (calibration-in-the-large).</summary>
    Intercept,

    /// <summary>glm(y ~ lp): new intercept and a common factor on every coefficient.</summary>
    InterceptAndSlope,
}
