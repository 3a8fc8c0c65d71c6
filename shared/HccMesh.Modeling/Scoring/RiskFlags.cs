namespace HccMesh.Modeling.Scoring;

/// <summary>
/// What every output of a scoring must carry about the trustworthiness of the numbers:
/// the artifact's flags, the demo notice, and the intercept-estimation note.
/// </summary>
public sealed record RiskFlags
{
    /// <summary>The artifact's flag names (see <c>ArtifactFlags</c>).</summary>
    public required IReadOnlyList<string> Flags { get; init; }

    public required bool Demo { get; init; }

    /// <summary>"demo reference — not for clinical use" when <see cref="Demo"/>; else null.</summary>
    public string? DemoNotice { get; init; }

    public required bool InterceptEstimated { get; init; }

    /// <summary>How the intercept(s) were estimated, when <see cref="InterceptEstimated"/>.</summary>
    public string? InterceptNote { get; init; }

    public required bool CutoffAssumed { get; init; }

    public required bool PhaseAssumed { get; init; }
}
