using System.Text;
using HccMesh.Modeling.Scoring;

namespace HccMesh.Reporting;

/// <summary>
/// An inline SVG horizontal bar chart of radscore contributions (coefficient × scaled value):
/// bars to the right raise the radscore, to the left lower it; one row per feature, scaled to the
/// largest |contribution|. All text is escaped.
/// </summary>
internal static class ContributionChartSvg
{
    private const int RowHeight = 24;
    private const int LabelWidth = 500;
    private const int BarAreaWidth = 260;
    private const int ValueWidth = 70;
    private const int Top = 8;

    public static string Render(IReadOnlyList<FeatureContribution> contributions)
    {
        var width = LabelWidth + BarAreaWidth + ValueWidth;
        var height = Top * 2 + RowHeight * Math.Max(1, contributions.Count);
        var maxAbs = contributions.Count == 0 ? 0 : contributions.Max(c => Math.Abs(c.Contribution));
        var scale = maxAbs > 0 ? (BarAreaWidth / 2.0 - 4) / maxAbs : 0;
        var zeroX = LabelWidth + BarAreaWidth / 2.0;

        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" aria-label=\"Radscore contributions by feature\">");
        svg.Append($"<line x1=\"{F(zeroX)}\" y1=\"{Top / 2}\" x2=\"{F(zeroX)}\" y2=\"{height - Top / 2}\" stroke=\"#555\" stroke-width=\"1\"/>");
        for (var i = 0; i < contributions.Count; i++)
        {
            var c = contributions[i];
            var y = Top + i * RowHeight;
            var barWidth = Math.Abs(c.Contribution) * scale;
            var x = c.Contribution >= 0 ? zeroX : zeroX - barWidth;
            var colour = c.Contribution >= 0 ? "#b03a2e" : "#2e6da4";
            var label = HtmlText.Escape($"{c.Phase}/{c.Name}");
            var value = HtmlText.Number(c.Contribution, "+0.0000;−0.0000;0.0000");
            svg.Append($"<text x=\"{LabelWidth - 6}\" y=\"{y + 16}\" text-anchor=\"end\" font-size=\"11\">{label}</text>");
            svg.Append($"<rect x=\"{F(x)}\" y=\"{y + 4}\" width=\"{F(barWidth)}\" height=\"{RowHeight - 8}\" fill=\"{colour}\"><title>{label}: {value}</title></rect>");
            svg.Append($"<text x=\"{LabelWidth + BarAreaWidth + 4}\" y=\"{y + 16}\" font-size=\"11\">{value}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string F(double value) => HtmlText.Number(value, "0.##");
}
