using HccMesh.Modeling.Scoring;

namespace HccMesh.Reporting;

/// <summary>Which model produced the report, and its trust flags.</summary>
public sealed record ReportModel
{
    public required string Id { get; init; }

    public required string Version { get; init; }

    /// <summary>"raw" or "standardized".</summary>
    public required string FeatureScale { get; init; }

    public required RiskFlags Flags { get; init; }
}
