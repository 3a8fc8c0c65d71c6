using System.Globalization;
using System.Text;

namespace HccMesh.Reporting;

/// <summary>HTML escaping and invariant number formatting for the rendered report.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Escapes &amp; &lt; &gt; " ' (as &amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;#39;) so any string is safe as element text
    /// or a quoted attribute value. Other characters stay as they are: the page is UTF-8.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                default: escaped.Append(ch); break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Invariant formatting; a value that rounds to zero is shown without a minus sign ("-0.0000" → "0.0000").</summary>
    public static string Number(double value, string format = "G6")
    {
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        return text.StartsWith('-') && text.AsSpan(1).IndexOfAnyExcept("0.") < 0 ? text[1..] : text;
    }

    public static string Number(double? value, string format = "G6") => value is { } v ? Number(v, format) : "—";

    public static string Percent(double probability) => (probability * 100).ToString("F1", CultureInfo.InvariantCulture) + " %";

    public static string Spacing(IReadOnlyList<double>? spacing) =>
        spacing is null ? "not resampled" : string.Join(" × ", spacing.Select(s => Number(s, "0.######"))) + " mm";
}
