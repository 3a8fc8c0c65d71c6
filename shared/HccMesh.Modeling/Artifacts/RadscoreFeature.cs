namespace HccMesh.Modeling.Artifacts;

/// <summary>One radscore term: a PyRadiomics feature name from one contrast phase.</summary>
public sealed record RadscoreFeature
{
    /// <summary>PyRadiomics feature name, e.g. "wavelet-LLL_glcm_MaximumProbability".</summary>
    public required string Name { get; init; }

    /// <summary>Contrast phase (<see cref="Phases"/>).</summary>
    public required string Phase { get; init; }

    /// <summary>True when the source does not state the phase and <see cref="Phase"/> is an assumption.</summary>
    public bool PhaseAssumed { get; init; }

    public required double Coefficient { get; init; }

    /// <summary>The name as printed in the source, when it differs (e.g. a typo corrected).</summary>
    public string? PublishedName { get; init; }
}
