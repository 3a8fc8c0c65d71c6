using HccMesh.Modeling.Artifacts;

namespace HccMesh.Modeling.Scoring;

/// <summary>The outcome of <see cref="RiskScorer.Score"/>, with everything needed to explain and audit it.</summary>
public sealed record RiskAssessmentResult
{
    public required string ModelId { get; init; }

    public required string ModelVersion { get; init; }

    /// <summary>The parameter file the model requires (name and SHA-256 if recorded).</summary>
    public required SettingsReference Settings { get; init; }

    /// <summary>"raw" or "standardized".</summary>
    public required string FeatureScale { get; init; }

    public required double RadscoreIntercept { get; init; }

    /// <summary>radscore = RadscoreIntercept + Σ Contributions[i].Contribution.</summary>
    public required double Radscore { get; init; }

    public required IReadOnlyList<FeatureContribution> Contributions { get; init; }

    public required ModelPrediction Combined { get; init; }

    /// <summary>Null when the artifact has no clinical model.</summary>
    public ModelPrediction? Clinical { get; init; }

    /// <summary>Combined-model probability (same as Combined.Probability).</summary>
    public required double Probability { get; init; }

    /// <summary>"high" when Probability ≥ Cutoff.Probability, else "low".</summary>
    public required string RiskGroup { get; init; }

    public required RiskCutoff Cutoff { get; init; }

    public required ClinicalValues ClinicalInputs { get; init; }

    public required RiskFlags Flags { get; init; }
}
