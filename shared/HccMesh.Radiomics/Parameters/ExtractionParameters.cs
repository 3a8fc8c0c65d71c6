namespace HccMesh.Radiomics.Parameters;

/// <summary>
/// A parsed PyRadiomics parameter file: global settings, enabled image types (mapping order) with their
/// effective settings, and enabled feature classes (mapping order) with their feature lists.
/// </summary>
public sealed record ExtractionParameters
{
    public RadiomicsSettings Settings { get; init; } = new();

    public IReadOnlyList<ImageTypeSelection> ImageTypes { get; init; } = [new(ImageTypeKind.Original, new RadiomicsSettings())];

    public IReadOnlyList<FeatureClassSelection> FeatureClasses { get; init; } = DefaultClasses;

    /// <summary>PyRadiomics' defaults without a parameter file: Original only, every class except shape2D.</summary>
    public static ExtractionParameters Default { get; } = new();

    private static IReadOnlyList<FeatureClassSelection> DefaultClasses =>
        [.. FeatureClassRegistry.ClassNames.Where(c => c != "shape2D").Select(c => new FeatureClassSelection(c, null))];

    /// <summary>Every image-type name, in extraction order (before the per-image LoG guard).</summary>
    public IReadOnlyList<string> ImageTypeNames => [.. ImageTypes.SelectMany(t => t.ImageTypeNames)];

    /// <summary>The selection that yields <paramref name="imageTypeName"/>, or a <see cref="RadiomicsException"/>.</summary>
    public ImageTypeSelection FindImageType(string imageTypeName) =>
        ImageTypes.FirstOrDefault(t => t.ImageTypeNames.Contains(imageTypeName, StringComparer.Ordinal))
        ?? throw new RadiomicsException($"image type '{imageTypeName}' is not enabled (enabled: {string.Join(", ", ImageTypeNames)})");

    /// <summary>Whether <paramref name="className"/> is enabled.</summary>
    public FeatureClassSelection? FindClass(string className) =>
        FeatureClasses.FirstOrDefault(c => c.ClassName == className);
}
