namespace HccMesh.Modeling.Development;

/// <summary>
/// One feature the LASSO kept. <see cref="Coefficient"/> multiplies the raw value (glmnet's <c>coef()</c>);
/// <see cref="StandardizedCoefficient"/> = Coefficient · <see cref="Sd"/> multiplies the z-score with the training
/// mean and sample SD, giving the same radscore.
/// </summary>
public sealed record RadscoreTerm(
    string Column,
    string Phase,
    string Feature,
    double Coefficient,
    double Mean,
    double Sd,
    double StandardizedCoefficient);
