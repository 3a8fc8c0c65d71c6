namespace HccMesh.Modeling.Scoring;

/// <summary>Output of one logistic model: η = Intercept + Σ terms, Probability = 1 / (1 + e^−η).</summary>
public sealed record ModelPrediction
{
    public required double Intercept { get; init; }

    public required bool InterceptEstimated { get; init; }

    public required IReadOnlyList<TermContribution> Terms { get; init; }

    public required double LinearPredictor { get; init; }

    public required double Probability { get; init; }
}
