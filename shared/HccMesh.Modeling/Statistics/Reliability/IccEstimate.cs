namespace HccMesh.Modeling.Statistics.Reliability;

/// <summary>
/// One ICC form with its F test (H0: ICC = 0) and confidence interval, as reported by psych::ICC.
/// <see cref="PValue"/> is the upper tail P(F(Df1, Df2) &gt; <see cref="F"/>).
/// </summary>
public sealed record IccEstimate(
    IccForm Form,
    double Value,
    double F,
    double Df1,
    double Df2,
    double PValue,
    double LowerBound,
    double UpperBound);
