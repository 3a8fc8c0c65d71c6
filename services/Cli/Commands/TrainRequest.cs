using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Development;
using HccMesh.Modeling.Statistics.Reliability;

namespace HccMesh.Cli.Commands;

/// <summary>Everything <c>hccmesh train</c> was asked to do (the parsed command line).</summary>
public sealed record TrainRequest
{
    public required string TrainingPath { get; init; }

    public string? ValidationPath { get; init; }

    public required string OutputDirectory { get; init; }

    public string IdColumn { get; init; } = "id";

    public required string Outcome { get; init; }

    public string? Clinical { get; init; }

    public IReadOnlyList<string> FeaturePatterns { get; init; } = ["*"];

    public int Folds { get; init; } = 10;

    public string? FoldColumn { get; init; }

    public int Seed { get; init; } = 1;

    public LambdaRule LambdaRule { get; init; } = LambdaRule.Min;

    public string RadscoreScale { get; init; } = FeatureScale.Raw;

    public string? RepeatPath { get; init; }

    public IccForm IccForm { get; init; } = IccForm.Icc2;

    public bool ImputeMedian { get; init; }

    public bool DropConstant { get; init; }

    public string ModelId { get; init; } = "hcc-ehm-site";

    public string ModelVersion { get; init; } = "1.0.0";

    public string DefaultPhase { get; init; } = Phases.Portal;

    public string? SettingsPath { get; init; }
}
