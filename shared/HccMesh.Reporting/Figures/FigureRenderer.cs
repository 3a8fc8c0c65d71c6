using ScottPlot;

namespace HccMesh.Reporting.Figures;

/// <summary>Renders a finished ScottPlot <see cref="Plot"/> to SVG (cleaned, see <see cref="SvgCleanup"/>) and PNG.</summary>
internal static class FigureRenderer
{
    public static RenderedFigure Render(Plot plot, string name, string title, int width, int height)
    {
        var svg = SvgCleanup.Clean(plot.GetSvgXml(width, height), name, width, height, title);
        var png = plot.GetImageBytes(width, height, ImageFormat.Png);
        return new RenderedFigure(name, svg, png, width, height);
    }
}
