namespace HccMesh.Modeling.Scoring;

/// <summary>Risk-group labels.</summary>
public static class RiskGroups
{
    /// <summary>Combined-model probability ≥ cutoff.</summary>
    public const string High = "high";

    public const string Low = "low";
}
