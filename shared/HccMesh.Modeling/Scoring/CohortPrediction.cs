namespace HccMesh.Modeling.Scoring;

/// <summary>One cohort row scored by <see cref="CohortScorer"/>: the id, the radscore, and each model's linear predictor and probability.</summary>
public sealed record CohortPrediction
{
    /// <summary>The row's id (the cohort's id column).</summary>
    public required string Id { get; init; }

    /// <summary>1-based line of the row in the cohort file.</summary>
    public required int Line { get; init; }

    public required double Radscore { get; init; }

    /// <summary>Combined model η = intercept + Σ terms (radscore included).</summary>
    public required double CombinedLinearPredictor { get; init; }

    /// <summary>Combined model probability, logistic(η).</summary>
    public required double Probability { get; init; }

    /// <summary>"high" or "low" against the artifact's cutoff.</summary>
    public required string RiskGroup { get; init; }

    /// <summary>Clinical-only model η; null when the artifact has no clinical model.</summary>
    public double? ClinicalLinearPredictor { get; init; }

    public double? ClinicalProbability { get; init; }
}
