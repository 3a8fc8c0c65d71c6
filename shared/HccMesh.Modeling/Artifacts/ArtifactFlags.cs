namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// Flag names an artifact may carry. Each is implied by the content (<see cref="Derive"/>), and the
/// validator requires the stored list to equal the derived one, so the flags never lie.
/// </summary>
public static class ArtifactFlags
{
    /// <summary>A demo artifact (<see cref="ModelArtifact.Demo"/> present).</summary>
    public const string Demo = "demo";

    /// <summary>A logistic-model intercept was estimated, not published.</summary>
    public const string InterceptEstimated = "interceptEstimated";

    /// <summary>The risk cutoff is an assumption.</summary>
    public const string CutoffAssumed = "cutoffAssumed";

    /// <summary>At least one radscore feature's phase is an assumption.</summary>
    public const string PhaseAssumed = "phaseAssumed";

    /// <summary>Standardised radscore without statistics: cannot score.</summary>
    public const string StandardizationMissing = "standardizationMissing";

    /// <summary>The settings file hash is not recorded.</summary>
    public const string SettingsHashMissing = "settingsHashMissing";

    /// <summary>The flags the artifact's content implies, in a fixed order.</summary>
    public static IReadOnlyList<string> Derive(ModelArtifact artifact)
    {
        var flags = new List<string>();
        if (artifact.Demo is not null)
        {
            flags.Add(Demo);
        }

        if (artifact.CombinedModel.InterceptEstimated || artifact.ClinicalModel?.InterceptEstimated == true)
        {
            flags.Add(InterceptEstimated);
        }

        if (artifact.RiskCutoff.Assumed)
        {
            flags.Add(CutoffAssumed);
        }

        if (artifact.Radscore.Features.Any(f => f.PhaseAssumed))
        {
            flags.Add(PhaseAssumed);
        }

        if (artifact.Radscore.FeatureScale == FeatureScale.Standardized && artifact.Radscore.Standardization is null)
        {
            flags.Add(StandardizationMissing);
        }

        if (artifact.Settings.Sha256 is null)
        {
            flags.Add(SettingsHashMissing);
        }

        return flags;
    }
}
