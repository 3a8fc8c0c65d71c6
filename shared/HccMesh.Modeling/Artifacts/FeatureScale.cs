namespace HccMesh.Modeling.Artifacts;

/// <summary>Values of <see cref="RadscoreModel.FeatureScale"/>.</summary>
public static class FeatureScale
{
    /// <summary>Coefficients multiply the feature values as extracted.</summary>
    public const string Raw = "raw";

    /// <summary>Coefficients multiply z = (value − mean) / sd with the artifact's statistics.</summary>
    public const string Standardized = "standardized";
}
