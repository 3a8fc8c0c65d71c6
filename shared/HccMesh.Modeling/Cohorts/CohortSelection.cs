namespace HccMesh.Modeling.Cohorts;

/// <summary>Which columns of a <see cref="CohortTable"/> a model uses, and how to treat gaps and constants.</summary>
public sealed record CohortSelection
{
    /// <summary>0/1 outcome (1 = event). Never imputed.</summary>
    public required string OutcomeColumn { get; init; }

    /// <summary>Numeric clinical columns, in this order.</summary>
    public IReadOnlyList<string> ClinicalColumns { get; init; } = [];

    /// <summary>Subset of <see cref="ClinicalColumns"/> whose values must be 0 or 1. Never imputed.</summary>
    public IReadOnlyList<string> BinaryColumns { get; init; } = [];

    /// <summary>
    /// Globs ('*' = any run, '?' = one character; ordinal; whole column name) over the candidate feature columns:
    /// those <see cref="FeatureColumnName.TryParse"/> accepts that are not the id, outcome, clinical or fold
    /// column. Every pattern must match at least one candidate. Selected columns keep file order.
    /// </summary>
    public IReadOnlyList<string> FeaturePatterns { get; init; } = ["*"];

    /// <summary>Explicit feature columns instead of patterns (e.g. a validation cohort gets training's selection),
    /// in this order; each must exist.</summary>
    public IReadOnlyList<string>? FeatureColumns { get; init; }

    /// <summary>Cross-validation fold ids 1..K (K >= 3), when the researcher fixes the folds.</summary>
    public string? FoldColumn { get; init; }

    public MissingValuePolicy MissingValues { get; init; } = MissingValuePolicy.Refuse;

    /// <summary>When imputing, use these values (training medians) instead of this cohort's own medians; a column
    /// with missing cells that is not in here is refused.</summary>
    public IReadOnlyDictionary<string, double>? ImputationValues { get; init; }

    public ConstantFeaturePolicy ConstantFeatures { get; init; } = ConstantFeaturePolicy.Refuse;
}
