using HccMesh.Radiomics.FeatureClasses;

namespace HccMesh.Radiomics;

/// <summary>
/// The PyRadiomics feature classes by their key name. Class order is PyRadiomics' module order
/// (getFeatureClasses: modules sorted by name), used when a parameter file enables "all" classes.
/// </summary>
public static class FeatureClassRegistry
{
    /// <summary>All class names PyRadiomics knows, in its module order.</summary>
    public static IReadOnlyList<string> ClassNames { get; } =
        ["firstorder", "glcm", "gldm", "glrlm", "glszm", "ngtdm", "shape", "shape2D"];

    private static readonly Dictionary<string, Func<IFeatureClass>> Factories = new(StringComparer.Ordinal)
    {
        ["firstorder"] = () => new FirstOrderFeatures(),
        ["glcm"] = () => new GlcmFeatures(),
        ["gldm"] = () => new GldmFeatures(),
        ["glrlm"] = () => new GlrlmFeatures(),
        ["glszm"] = () => new GlszmFeatures(),
        ["ngtdm"] = () => new NgtdmFeatures(),
        ["shape"] = () => new ShapeFeatures(),
        ["shape2D"] = () => new Shape2DFeatures(),
    };

    /// <summary>
    /// Deprecated upstream names: accepted in a parameter file. Shape, shape2D and firstorder compute them when named;
    /// for the texture classes PyRadiomics logs a DeprecationWarning and emits no value, and so do we.
    /// </summary>
    private static readonly Dictionary<string, IReadOnlyList<string>> Deprecated = new(StringComparer.Ordinal)
    {
        ["firstorder"] = FirstOrderFeatures.DeprecatedNames,
        ["glcm"] = GlcmFeatures.DeprecatedNames,
        ["gldm"] = ["GrayLevelNonUniformityNormalized", "DependencePercentage"],
        ["glrlm"] = [],
        ["glszm"] = [],
        ["ngtdm"] = [],
        ["shape"] = ShapeFeatures.DeprecatedNames,
        ["shape2D"] = Shape2DFeatures.DeprecatedNames,
    };

    public static bool IsKnown(string className) => Factories.ContainsKey(className);

    /// <summary>A new instance of the class, or a <see cref="RadiomicsException"/> naming the known classes.</summary>
    public static IFeatureClass Create(string className) =>
        Factories.TryGetValue(className, out var factory)
            ? factory()
            : throw new RadiomicsException($"featureClass: '{className}' is not a feature class (known: {string.Join(", ", ClassNames)})");

    /// <summary>Deprecated names of a class (accepted when listed explicitly).</summary>
    public static IReadOnlyList<string> DeprecatedFeatures(string className) =>
        Deprecated.TryGetValue(className, out var list) ? list : [];

    /// <summary>True if a deprecated feature produces a value (shape, shape2D, firstorder) rather than nothing.</summary>
    public static bool DeprecatedFeatureHasValue(string className) => className is "shape" or "shape2D" or "firstorder";
}
