namespace HccMesh.Modeling.Statistics.Nomogram;

/// <summary>One predictor axis: its logistic coefficient and the tick values drawn (levels for a binary variable,
/// <see cref="PrettyAxis.Ticks"/> of the training range for a continuous one, as rms::nomogram does).</summary>
public sealed record NomogramVariable(string Name, double Coefficient, IReadOnlyList<double> AxisValues);
