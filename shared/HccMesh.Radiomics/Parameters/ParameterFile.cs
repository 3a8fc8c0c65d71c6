using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static HccMesh.Radiomics.Parameters.YamlValues;

namespace HccMesh.Radiomics.Parameters;

/// <summary>
/// Reads a PyRadiomics parameter file (YAML or JSON; top-level keys <c>setting</c>, <c>imageType</c>,
/// <c>featureClass</c>, <c>voxelSetting</c>), validated like radiomics/featureextractor.py (_applyParams) with
/// radiomics/schemas/paramSchema.yaml and schemaFuncs.py. Rules (spec §2): a missing or empty imageType means
/// {Original: {}}; a missing or empty featureClass means every class (shape2D included, skipped unless force2D);
/// a class mapped to null or [] means all its active features; image-type keys override <c>setting</c> for that
/// type only. Any unknown key or bad value raises a <see cref="RadiomicsException"/> naming the key.
/// </summary>
public static class ParameterFile
{
    private static readonly string[] RefusedImageTypes = ["Square", "SquareRoot", "Logarithm", "Exponential", "Gradient", "LBP2D", "LBP3D"];

    private static readonly HashSet<string> VoxelSettings = ["kernelRadius", "maskedKernel", "initValue", "voxelBatch"];

    public static ExtractionParameters Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new RadiomicsException($"parameter file {path} does not exist");
        }

        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (RadiomicsException e)
        {
            throw new RadiomicsException($"{Path.GetFileName(path)}: {e.Message}");
        }
    }

    public static ExtractionParameters Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new RadiomicsException($"not valid YAML: {e.Message}");
        }

        if (stream.Documents.Count == 0 || IsNull(stream.Documents[0].RootNode))
        {
            return new ExtractionParameters { FeatureClasses = AllClasses() };
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new RadiomicsException("the parameter file must be a mapping with keys setting, imageType, featureClass, voxelSetting");
        }

        YamlNode? setting = null, imageType = null, featureClass = null;
        foreach (var (keyNode, value) in root.Children)
        {
            string key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            switch (key)
            {
                case "setting": setting = value; break;
                case "imageType": imageType = value; break;
                case "featureClass": featureClass = value; break;
                case "voxelSetting": CheckVoxelSettings(value); break;
                default: throw new RadiomicsException($"{key}: unknown top-level key (allowed: setting, imageType, featureClass, voxelSetting)");
            }
        }

        var settings = new RadiomicsSettings();
        if (setting is not null && !IsNull(setting))
        {
            settings = SettingsReader.Apply(settings, Mapping(setting, "setting"), "setting");
        }

        return new ExtractionParameters
        {
            Settings = settings,
            ImageTypes = ReadImageTypes(imageType, settings),
            FeatureClasses = ReadFeatureClasses(featureClass),
        };
    }

    private static List<ImageTypeSelection> ReadImageTypes(YamlNode? node, RadiomicsSettings settings)
    {
        var result = new List<ImageTypeSelection>();
        if (node is null || IsNull(node))
        {
            return [new ImageTypeSelection(ImageTypeKind.Original, settings)];
        }

        foreach (var (keyNode, value) in Mapping(node, "imageType").Children)
        {
            string name = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            ImageTypeKind kind = name switch
            {
                "Original" => ImageTypeKind.Original,
                "Wavelet" => ImageTypeKind.Wavelet,
                "LoG" => ImageTypeKind.LoG,
                _ when RefusedImageTypes.Contains(name) => throw new RadiomicsException(
                    $"imageType.{name}: this PyRadiomics image type is not supported by HccMesh (supported: Original, Wavelet, LoG)"),
                _ => throw new RadiomicsException(
                    $"imageType.{name}: not a PyRadiomics image type (supported: Original, Wavelet, LoG)"),
            };
            var typeSettings = IsNull(value) ? settings : SettingsReader.Apply(settings, Mapping(value, $"imageType.{name}"), $"imageType.{name}");
            if (kind == ImageTypeKind.Wavelet && typeSettings.Force2D)
            {
                throw new RadiomicsException($"imageType.{name}: a wavelet with force2D is not supported by HccMesh");
            }

            result.Add(new ImageTypeSelection(kind, typeSettings));
        }

        return result.Count == 0 ? [new ImageTypeSelection(ImageTypeKind.Original, settings)] : result;
    }

    private static IReadOnlyList<FeatureClassSelection> ReadFeatureClasses(YamlNode? node)
    {
        if (node is null || IsNull(node))
        {
            return AllClasses();
        }

        var result = new List<FeatureClassSelection>();
        foreach (var (keyNode, value) in Mapping(node, "featureClass").Children)
        {
            string name = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            string key = $"featureClass.{name}";
            if (!FeatureClassRegistry.IsKnown(name))
            {
                throw new RadiomicsException($"{key}: not a feature class (known: {string.Join(", ", FeatureClassRegistry.ClassNames)})");
            }

            if (IsNull(value))
            {
                result.Add(new FeatureClassSelection(name, null));
                continue;
            }

            var items = Sequence(value, key);
            var featureClass = FeatureClassRegistry.Create(name);
            var deprecated = FeatureClassRegistry.DeprecatedFeatures(name);
            var features = new List<string>();
            for (int i = 0; i < items.Count; i++)
            {
                string feature = String(items[i], $"{key}[{i}]");
                if (!featureClass.FeatureNames.Contains(feature) && !deprecated.Contains(feature))
                {
                    throw new RadiomicsException($"{key}: unknown feature '{feature}' (known: {string.Join(", ", featureClass.FeatureNames)})");
                }

                if (!features.Contains(feature))
                {
                    features.Add(feature);
                }
            }

            result.Add(new FeatureClassSelection(name, features.Count == 0 ? null : features));
        }

        return result.Count == 0 ? AllClasses() : result;
    }

    private static void CheckVoxelSettings(YamlNode node)
    {
        if (IsNull(node))
        {
            return;
        }

        foreach (var (keyNode, _) in Mapping(node, "voxelSetting").Children)
        {
            string key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (!VoxelSettings.Contains(key))
            {
                throw new RadiomicsException($"voxelSetting.{key}: unknown setting (allowed: {string.Join(", ", VoxelSettings)})");
            }
        }
    }

    private static List<FeatureClassSelection> AllClasses() =>
        [.. FeatureClassRegistry.ClassNames.Select(c => new FeatureClassSelection(c, null))];

    private static YamlMappingNode Mapping(YamlNode node, string key) =>
        node as YamlMappingNode ?? throw new RadiomicsException($"{key}: expected a mapping, got {Describe(node)}");
}
