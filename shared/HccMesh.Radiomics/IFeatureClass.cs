namespace HccMesh.Radiomics;

/// <summary>One PyRadiomics feature class (firstorder, glcm, glrlm, glszm, gldm, ngtdm).</summary>
public interface IFeatureClass
{
    /// <summary>PyRadiomics class name as it appears in feature keys, e.g. "glcm".</summary>
    string Name { get; }

    /// <summary>Active feature names in PyRadiomics output order (ordinal order of the method names).</summary>
    IReadOnlyList<string> FeatureNames { get; }

    /// <summary>Computes the requested features (a subset of <see cref="FeatureNames"/>), keyed by feature name.
    /// A feature that cannot be computed is NaN, as PyRadiomics does.</summary>
    IReadOnlyDictionary<string, double> Compute(FeatureClassInput input, IReadOnlyCollection<string> enabledFeatures);
}
