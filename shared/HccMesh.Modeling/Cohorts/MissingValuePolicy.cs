namespace HccMesh.Modeling.Cohorts;

/// <summary>What to do with missing cells (see <see cref="CellValue"/>) in a selected clinical or feature column.</summary>
public enum MissingValuePolicy
{
    /// <summary>Refuse the cohort, naming the column and the first rows.</summary>
    Refuse,

    /// <summary>Replace by the column median (R's median), or by a given training median. Never for the outcome,
    /// binary columns or the fold column.</summary>
    ImputeMedian,
}
