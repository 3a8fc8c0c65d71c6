namespace HccMesh.Radiomics.Parameters;

/// <summary>One enabled feature class with its explicitly listed features (null = all active features).</summary>
public sealed record FeatureClassSelection(string ClassName, IReadOnlyList<string>? Features)
{
    /// <summary>The features to compute, in output order: the list as given, or the class' active features.</summary>
    public IReadOnlyList<string> ResolveFeatures(IFeatureClass featureClass) =>
        Features is { Count: > 0 } ? Features : featureClass.FeatureNames;
}
