namespace HccMesh.Reporting.Evaluation;

/// <summary>
/// What a nomogram needs of a logistic model: intercept, each term's coefficient and axis values (binary terms with
/// labels), and the linear predictors of the cohort the lp axis is laid out over (rms uses the fit's own).
/// </summary>
public sealed record NomogramModel(string Name, string Title, double Intercept, IReadOnlyList<NomogramTerm> Terms, IReadOnlyList<double> LinearPredictors);

public sealed record NomogramTerm(string Label, double Coefficient, IReadOnlyList<double> AxisValues, IReadOnlyList<string>? TickLabels = null);
