namespace HccMesh.Modeling.Statistics.Reliability;

/// <summary>
/// All six ICC forms for one subjects × raters table, plus the two-way ANOVA mean squares they are built from.
/// </summary>
public sealed record IntraclassCorrelationResult(
    int Subjects,
    int Raters,
    double MeanSquareSubjects,
    double MeanSquareRaters,
    double MeanSquareError,
    double MeanSquareWithin,
    IccEstimate Icc1,
    IccEstimate Icc2,
    IccEstimate Icc3,
    IccEstimate Icc1k,
    IccEstimate Icc2k,
    IccEstimate Icc3k)
{
    /// <summary>The estimate for <paramref name="form"/>.</summary>
    public IccEstimate this[IccForm form] => form switch
    {
        IccForm.Icc1 => Icc1,
        IccForm.Icc2 => Icc2,
        IccForm.Icc3 => Icc3,
        IccForm.Icc1k => Icc1k,
        IccForm.Icc2k => Icc2k,
        IccForm.Icc3k => Icc3k,
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "Unknown ICC form."),
    };
}
