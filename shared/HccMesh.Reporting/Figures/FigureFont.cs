using ScottPlot;
using SkiaSharp;

namespace HccMesh.Reporting.Figures;

/// <summary>
/// The sans-serif family the figures are drawn with. ScottPlot's own choice (<see cref="Fonts.Default"/>) is unreliable
/// with SkiaSharp's no-dependency Linux build, which resolves unknown family names to the first font file it scans (on
/// our image "DejaVu Serif"), so the first family from a short list that really exists is used instead. The SVG names
/// metric-compatible fallbacks so the page renders sensibly where DejaVu Sans is not installed. That Skia build reads
/// fonts only from /usr/share/fonts; with none there it draws no text at all (the SVG has no text elements), so
/// rendering is refused instead of producing figures without labels.
/// </summary>
internal static class FigureFont
{
    private static readonly string[] Preferred = ["DejaVu Sans", "Bitstream Vera Sans", "Liberation Sans", "Nimbus Sans", "Arial", "Helvetica"];

    public static string Name { get; } = Choose();

    /// <summary>CSS font-family list written into the SVG, the drawing font first.</summary>
    public static string SvgFamilyList { get; } =
        string.Join(", ", new[] { Name, "DejaVu Sans", "Verdana", "Bitstream Vera Sans", "Arial" }.Distinct().Select(f => $"'{f}'")) + ", sans-serif";

    /// <summary>Throws when Skia has no font with Latin glyphs (e.g. a slim image without fonts-dejavu-core).</summary>
    public static void RequireUsable()
    {
        using var typeface = Fonts.GetTypeface(Name, false, false);
        if (typeface is null || typeface.GlyphCount == 0 || !typeface.ContainsGlyphs("Ax0"))
        {
            throw new InvalidOperationException(
                "No usable font for the report figures: SkiaSharp found no font with Latin glyphs under /usr/share/fonts. "
                + "Install one (Debian: apt-get install fonts-dejavu-core).");
        }
    }

    public static float MeasureWidth(string text, float size, bool bold = false)
    {
        using var typeface = Fonts.GetTypeface(Name, bold, false);
        using var font = new SKFont(typeface, size);
        return font.MeasureText(text);
    }

    private static string Choose()
    {
        foreach (var family in Preferred)
        {
            using var typeface = SKTypeface.FromFamilyName(family);
            if (typeface is not null && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase))
            {
                return family;
            }
        }

        return Fonts.Default;
    }
}
