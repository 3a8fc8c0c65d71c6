namespace HccMesh.Modeling.Scoring;

/// <summary>One logistic-model term: <see cref="Contribution"/> = <see cref="Coefficient"/> × <see cref="CodedValue"/>.</summary>
public sealed record TermContribution
{
    public required string Variable { get; init; }

    public required double OddsRatio { get; init; }

    /// <summary>ln(OddsRatio).</summary>
    public required double Coefficient { get; init; }

    /// <summary>The value multiplied: the coded finding, the continuous value, or the radscore.</summary>
    public required double CodedValue { get; init; }

    public required double Contribution { get; init; }
}
