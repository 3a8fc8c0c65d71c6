using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HccMesh.Reporting.Figures;

/// <summary>
/// Post-processing of Skia's SVG output so it can be inlined into a self-contained HTML page and is reproducible:
/// Skia numbers clip paths from a process-wide counter ("cl_4", "cl_6", … differ between two renders of the same
/// plot and collide between figures on one page), so ids are renumbered from 1 under the figure's name; the XML
/// declaration is dropped (meaningless inside HTML); a viewBox is added so the figure scales; the font family gets
/// fallbacks; the trailing separator Skia leaves in glyph position lists and the indentation inside text elements
/// are removed.
/// </summary>
internal static partial class SvgCleanup
{
    public static string Clean(string svg, string name, int width, int height, string title)
    {
        var text = XmlDeclaration().Replace(svg, string.Empty, 1).TrimStart();
        text = RenumberIds(text, name);
        text = RootElement().Replace(
            text,
            m => $"<svg{m.Groups[1].Value} viewBox=\"0 0 {width.ToString(CultureInfo.InvariantCulture)} {height.ToString(CultureInfo.InvariantCulture)}\" role=\"img\">"
                + $"<title>{EscapeXml(title)}</title>",
            1);
        text = FontFamily().Replace(text, m => $"font-family=\"{EscapeXml(FigureFont.SvgFamilyList)}\"");
        text = TrailingListSeparator().Replace(text, "$1\"");
        text = PaddedText().Replace(text, "$1$2</text>");
        return text;
    }

    private static string RenumberIds(string svg, string name)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in IdAttribute().Matches(svg))
        {
            var id = match.Groups[1].Value;
            if (!map.ContainsKey(id))
            {
                map[id] = $"{name}-id{(map.Count + 1).ToString(CultureInfo.InvariantCulture)}";
            }
        }

        if (map.Count == 0)
        {
            return svg;
        }

        return IdReference().Replace(svg, m =>
        {
            var id = m.Groups["id"].Value;
            if (!map.TryGetValue(id, out var renamed))
            {
                return m.Value;
            }

            return m.Groups["kind"].Value switch
            {
                "id=\"" => $"id=\"{renamed}",
                "url(#" => $"url(#{renamed}",
                _ => $"{m.Groups["kind"].Value}{renamed}",
            };
        });
    }

    private static string EscapeXml(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<svg(\s[^>]*?)\s*>")]
    private static partial Regex RootElement();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("(?<kind>id=\"|url\\(#|href=\"#)(?<id>[^\"\\)]+)")]
    private static partial Regex IdReference();

    [GeneratedRegex("font-family=\"[^\"]*\"")]
    private static partial Regex FontFamily();

    [GeneratedRegex("(\\s[xy]=\"[^\"]*?)[,\\s]+\"")]
    private static partial Regex TrailingListSeparator();

    [GeneratedRegex(@"(<text[^>]*>)\s+([^<]*?)\s+</text>")]
    private static partial Regex PaddedText();
}
