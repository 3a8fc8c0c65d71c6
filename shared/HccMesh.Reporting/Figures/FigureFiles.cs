using System.Text;

namespace HccMesh.Reporting.Figures;

/// <summary>Writes a rendered figure as <c>&lt;Name&gt;.svg</c> (UTF-8, no BOM) and <c>&lt;Name&gt;.png</c>.</summary>
public static class FigureFiles
{
    public static (string SvgPath, string PngPath) Write(RenderedFigure figure, string directory)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        FigureInput.RequireFileStem(figure.Name, nameof(figure));
        Directory.CreateDirectory(directory);
        var svgPath = Path.Combine(directory, figure.Name + ".svg");
        var pngPath = Path.Combine(directory, figure.Name + ".png");
        File.WriteAllText(svgPath, figure.Svg, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.WriteAllBytes(pngPath, figure.Png);
        return (svgPath, pngPath);
    }
}
