using YamlDotNet.RepresentationModel;
using static HccMesh.Radiomics.Parameters.YamlValues;

namespace HccMesh.Radiomics.Parameters;

/// <summary>
/// Applies a <c>setting:</c> (or per-image-type) mapping onto <see cref="RadiomicsSettings"/>, validating every key
/// against PyRadiomics' radiomics/schemas/paramSchema.yaml (types, ranges, enumerations, checkInterpolator,
/// checkWeighting). A key given as null takes the PyRadiomics meaning of None: "off" for optional settings, the
/// default otherwise.
/// </summary>
internal static class SettingsReader
{
    private static readonly string[] Interpolators =
    [
        "sitkNearestNeighbor", "sitkLinear", "sitkBSpline", "sitkGaussian", "sitkLabelGaussian",
        "sitkHammingWindowedSinc", "sitkCosineWindowedSinc", "sitkWelchWindowedSinc", "sitkLanczosWindowedSinc",
        "sitkBlackmanWindowedSinc",
    ];

    private static readonly string[] WeightingNorms = ["euclidean", "manhattan", "infinity", "no_weighting"];

    /// <summary>Keys of paramSchema.yaml that HccMesh accepts but does not use (voxel-based or refused image types).</summary>
    private static readonly Dictionary<string, Action<YamlNode, string>> AcceptedUnused = new(StringComparer.Ordinal)
    {
        ["gradientUseSpacing"] = (n, k) => Boolean(n, k),
        ["lbp2DRadius"] = (n, k) => Positive(Number(n, k), k),
        ["lbp2DSamples"] = (n, k) => AtLeast(Integer(n, k), 1, k),
        ["lbp2DMethod"] = (n, k) => OneOf(String(n, k), ["default", "ror", "uniform", "var"], k),
        ["lbp3DLevels"] = (n, k) => AtLeast(Integer(n, k), 1, k),
        ["lbp3DIcosphereRadius"] = (n, k) => Positive(Number(n, k), k),
        ["lbp3DIcosphereSubdivision"] = (n, k) => AtLeast(Integer(n, k), 0, k),
    };

    public static RadiomicsSettings Apply(RadiomicsSettings s, YamlMappingNode map, string section)
    {
        foreach (var (keyNode, value) in map.Children)
        {
            string name = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            string key = $"{section}.{name}";
            bool isNull = IsNull(value);
            var defaults = new RadiomicsSettings();
            s = name switch
            {
                "minimumROIDimensions" => s with { MinimumRoiDimensions = isNull ? defaults.MinimumRoiDimensions : (int)Range(Integer(value, key), 1, 3, key) },
                "minimumROISize" => s with { MinimumRoiSize = isNull ? null : (int)AtLeast(Integer(value, key), 1, key) },
                "geometryTolerance" => s with { GeometryTolerance = isNull ? null : Positive(Number(value, key), key) },
                "correctMask" => s with { CorrectMask = !isNull && Boolean(value, key) },
                "additionalInfo" => s with { AdditionalInfo = isNull ? defaults.AdditionalInfo : Boolean(value, key) },
                "label" => s with { Label = isNull ? defaults.Label : (int)AtLeast(Integer(value, key), 1, key) },
                "label_channel" => s with { LabelChannel = isNull ? 0 : (int)AtLeast(Integer(value, key), 0, key) },
                "binWidth" => s with { BinWidth = isNull ? defaults.BinWidth : Positive(Number(value, key), key) },
                "binCount" => s with { BinCount = isNull ? null : (int)AtLeast(Integer(value, key), 1, key) },
                "normalize" => s with { Normalize = !isNull && Boolean(value, key) },
                "normalizeScale" => s with { NormalizeScale = isNull ? defaults.NormalizeScale : Positive(Number(value, key), key) },
                "removeOutliers" => s with { RemoveOutliers = isNull ? null : Positive(Number(value, key), key) },
                "resampledPixelSpacing" => s with { ResampledPixelSpacing = isNull ? null : Spacing(value, key) },
                "interpolator" => s with { Interpolator = isNull ? null : Interpolator(value, key) },
                "padDistance" => s with { PadDistance = isNull ? defaults.PadDistance : (int)AtLeast(Integer(value, key), 0, key) },
                "distances" => s with { Distances = isNull ? defaults.Distances : Distances(value, key) },
                "force2D" => s with { Force2D = !isNull && Boolean(value, key) },
                "force2Ddimension" => s with { Force2DDimension = isNull ? 0 : (int)Range(Integer(value, key), 0, 2, key) },
                "resegmentRange" => s with { ResegmentRange = isNull ? null : ResegmentRange(value, key) },
                "resegmentMode" => s with { ResegmentMode = isNull ? defaults.ResegmentMode : OneOf(String(value, key), ["absolute", "relative", "sigma"], key) },
                "resegmentShape" => s with { ResegmentShape = !isNull && Boolean(value, key) },
                "preCrop" => s with { PreCrop = !isNull && Boolean(value, key) },
                "sigma" => s with { LogSigma = isNull ? [] : Sigmas(value, key) },
                "start_level" => s with { WaveletStartLevel = isNull ? 0 : (int)AtLeast(Integer(value, key), 0, key) },
                "level" => s with { WaveletLevel = isNull ? 1 : (int)AtLeast(Integer(value, key), 1, key) },
                "wavelet" => s with { Wavelet = isNull ? defaults.Wavelet : Wavelet(value, key) },
                "voxelArrayShift" => s with { VoxelArrayShift = isNull ? 0 : Integer(value, key) },
                "symmetricalGLCM" => s with { SymmetricalGlcm = isNull ? defaults.SymmetricalGlcm : Boolean(value, key) },
                "weightingNorm" => s with { WeightingNorm = isNull ? null : OneOf(String(value, key), WeightingNorms, key) },
                "gldm_a" => s with { GldmA = isNull ? 0 : AtLeast(Integer(value, key), 0, key) },
                _ when AcceptedUnused.TryGetValue(name, out var check) => Checked(s, isNull, () => check(value, key)),
                _ => throw new RadiomicsException($"{key}: unknown setting (see PyRadiomics paramSchema.yaml for the allowed keys)"),
            };
        }

        return s;
    }

    private static RadiomicsSettings Checked(RadiomicsSettings s, bool isNull, Action check)
    {
        if (!isNull)
        {
            check();
        }

        return s;
    }

    private static string Interpolator(YamlNode value, string key)
    {
        var scalar = Scalar(value, key);
        if (IsInteger(scalar))
        {
            long code = Integer(value, key);
            if (code < 1 || code > 10)
            {
                throw new RadiomicsException($"{key}: interpolator code {code} must be in the range 1-10");
            }

            return Interpolators[code - 1];
        }

        return OneOf(String(value, key), Interpolators, key);
    }

    private static string Wavelet(YamlNode value, string key)
    {
        string name = String(value, key);
        var supported = HccMesh.Imaging.Filters.WaveletFilterBank.SupportedNames;
        if (!supported.Contains(name))
        {
            throw new RadiomicsException($"{key}: wavelet '{name}' is not supported (HccMesh implements {string.Join(", ", supported)})");
        }

        return name;
    }

    private static IReadOnlyList<double> Spacing(YamlNode value, string key)
    {
        var items = Sequence(value, key);
        if (items.Count != 3)
        {
            throw new RadiomicsException($"{key}: expected 3 values (x, y, z) in mm, got {items.Count}");
        }

        return [.. items.Select((n, i) => AtLeast(Number(n, $"{key}[{i}]"), 0.0, $"{key}[{i}]"))];
    }

    private static IReadOnlyList<int> Distances(YamlNode value, string key)
    {
        var items = Sequence(value, key);
        if (items.Count == 0)
        {
            throw new RadiomicsException($"{key}: needs at least one distance");
        }

        return [.. items.Select((n, i) => (int)AtLeast(Integer(n, $"{key}[{i}]"), 1, $"{key}[{i}]"))];
    }

    private static IReadOnlyList<double> ResegmentRange(YamlNode value, string key)
    {
        var items = Sequence(value, key);
        if (items.Count is 0 or > 2)
        {
            throw new RadiomicsException($"{key}: expected 1 or 2 thresholds, got {items.Count}");
        }

        return [.. items.Select((n, i) => Number(n, $"{key}[{i}]"))];
    }

    private static IReadOnlyList<LogSigma> Sigmas(YamlNode value, string key)
    {
        var items = Sequence(value, key);
        var result = new List<LogSigma>();
        for (int i = 0; i < items.Count; i++)
        {
            string k = $"{key}[{i}]";
            var scalar = Scalar(items[i], k);
            result.Add(IsInteger(scalar)
                ? LogSigma.FromInteger((long)Positive(Integer(items[i], k), k))
                : LogSigma.FromFloat(Positive(Number(items[i], k), k)));
        }

        return result;
    }

    private static double Positive(double v, string key) =>
        v > 0 ? v : throw new RadiomicsException($"{key}: must be greater than 0, got {PythonFloat.Repr(v)}");

    private static long AtLeast(long v, long min, string key) =>
        v >= min ? v : throw new RadiomicsException($"{key}: must be at least {min}, got {v}");

    private static double AtLeast(double v, double min, string key) =>
        v >= min ? v : throw new RadiomicsException($"{key}: must be at least {min}, got {PythonFloat.Repr(v)}");

    private static long Range(long v, long min, long max, string key) =>
        v >= min && v <= max ? v : throw new RadiomicsException($"{key}: must be between {min} and {max}, got {v}");

    private static string OneOf(string v, string[] allowed, string key) =>
        allowed.Contains(v, StringComparer.Ordinal) ? v : throw new RadiomicsException($"{key}: '{v}' is not one of {string.Join(", ", allowed)}");
}
