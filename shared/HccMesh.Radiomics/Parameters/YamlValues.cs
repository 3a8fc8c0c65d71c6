using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace HccMesh.Radiomics.Parameters;

/// <summary>
/// Reads YAML scalars with PyYAML's (YAML 1.1) resolution, as PyRadiomics sees them, and checks them against
/// paramSchema.yaml types. Every error names the key.
/// </summary>
internal static partial class YamlValues
{
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode s && s.Style == YamlDotNet.Core.ScalarStyle.Plain && s.Value is null or "" or "~" or "null" or "Null" or "NULL";

    public static bool IsPlain(YamlScalarNode s) => s.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any;

    public static bool IsInteger(YamlScalarNode s) => IsPlain(s) && IntPattern().IsMatch(s.Value ?? string.Empty);

    public static bool IsFloat(YamlScalarNode s) => IsPlain(s) && FloatPattern().IsMatch(s.Value ?? string.Empty);

    public static YamlScalarNode Scalar(YamlNode node, string key) =>
        node as YamlScalarNode ?? throw new RadiomicsException($"{key}: expected a single value, got a {Describe(node)}");

    public static long Integer(YamlNode node, string key)
    {
        var s = Scalar(node, key);
        if (!IsInteger(s))
        {
            throw new RadiomicsException($"{key}: expected an integer, got '{s.Value}'");
        }

        return long.Parse(s.Value!.Replace("_", string.Empty), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    /// <summary>A number (paramSchema "float" also accepts integers, as pykwalify does).</summary>
    public static double Number(YamlNode node, string key)
    {
        var s = Scalar(node, key);
        if (IsInteger(s))
        {
            return Integer(node, key);
        }

        if (!IsFloat(s))
        {
            throw new RadiomicsException($"{key}: expected a number, got '{s.Value}'");
        }

        string v = s.Value!.Replace("_", string.Empty);
        return v.ToLowerInvariant() switch
        {
            ".inf" or "+.inf" => double.PositiveInfinity,
            "-.inf" => double.NegativeInfinity,
            ".nan" => double.NaN,
            _ => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    public static bool Boolean(YamlNode node, string key)
    {
        var s = Scalar(node, key);
        if (IsPlain(s))
        {
            switch (s.Value)
            {
                case "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON":
                    return true;
                case "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF":
                    return false;
            }
        }

        throw new RadiomicsException($"{key}: expected true or false, got '{s.Value}'");
    }

    public static string String(YamlNode node, string key)
    {
        var s = Scalar(node, key);
        if (IsPlain(s) && (IsInteger(s) || IsFloat(s) || IsNull(s)))
        {
            throw new RadiomicsException($"{key}: expected a text value, got '{s.Value}'");
        }

        return s.Value ?? string.Empty;
    }

    public static IReadOnlyList<YamlNode> Sequence(YamlNode node, string key) =>
        node is YamlSequenceNode seq
            ? [.. seq.Children]
            : throw new RadiomicsException($"{key}: expected a list, got {Describe(node)}");

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => node.NodeType.ToString(),
    };

    // PyYAML's int: decimal (0 or [1-9][0-9_]*), also binary / octal / hex forms.
    [GeneratedRegex(@"^[-+]?(0|[1-9][0-9_]*|0b[0-1_]+|0x[0-9a-fA-F_]+)$")]
    private static partial Regex IntPattern();

    // PyYAML's float: a dot is required (1e5 is a string in YAML 1.1), or .inf / .nan.
    [GeneratedRegex(@"^([-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex FloatPattern();
}
