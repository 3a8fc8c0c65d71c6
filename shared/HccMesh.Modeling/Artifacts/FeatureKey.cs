namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// Key convention for feature values handed to the scorer and to the standardisation builder:
/// "phase/featureName", e.g. "portal/wavelet-LLL_glcm_MaximumProbability". The phase is one of
/// <see cref="Phases.Known"/>; the feature name is the PyRadiomics name verbatim (it never contains '/').
/// </summary>
public static class FeatureKey
{
    public const char Separator = '/';

    public static string Of(string phase, string featureName) => phase + Separator + featureName;

    public static string Of(RadscoreFeature feature) => Of(feature.Phase, feature.Name);
}
