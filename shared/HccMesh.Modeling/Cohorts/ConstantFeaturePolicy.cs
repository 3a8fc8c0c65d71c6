namespace HccMesh.Modeling.Cohorts;

/// <summary>What to do with a feature column whose values are all equal (after imputation). A constant clinical
/// column is refused unless the policy is <see cref="Keep"/>.</summary>
public enum ConstantFeaturePolicy
{
    Refuse,

    /// <summary>Leave the column out and list it in <see cref="CohortData.DroppedConstantFeatures"/>.</summary>
    Drop,

    /// <summary>
    /// Keep constant columns, clinical ones included: for a cohort a finished model is only applied to (external
    /// validation), whose columns are fixed by the model.
    /// </summary>
    Keep,
}
