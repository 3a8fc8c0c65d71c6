using HccMesh.Modeling.Artifacts;

namespace HccMesh.Modeling.Scoring;

/// <summary>The recalibrated artifact and the fits behind it (<see cref="CohortRecalibrator"/>).</summary>
public sealed record CohortRecalibration
{
    public required ModelArtifact Artifact { get; init; }

    public required RecalibrationFit Combined { get; init; }

    /// <summary>Null when the artifact has no clinical model.</summary>
    public RecalibrationFit? Clinical { get; init; }

    /// <summary>Every cohort row scored with the artifact before recalibration (the fits' input).</summary>
    public required IReadOnlyList<CohortPrediction> SourcePredictions { get; init; }
}
