using System.Xml.Linq;
using HccMesh.Reporting.Figures;
using SkiaSharp;

namespace HccMesh.Reporting.Tests.Figures;

public sealed class FigureFilesTests
{
    [Fact]
    public void Figure_is_written_as_name_svg_and_name_png_with_identical_content()
    {
        var figure = RocFigure.Render("roc-files", "ROC", [new RocSeries("A", [0, 0.2, 1], [0, 0.8, 1])]);
        var directory = Path.Combine(Path.GetTempPath(), "hccmesh-figure-files-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (svgPath, pngPath) = FigureFiles.Write(figure, directory);

            Assert.Equal(Path.Combine(directory, "roc-files.svg"), svgPath);
            Assert.Equal(Path.Combine(directory, "roc-files.png"), pngPath);
            var bytes = File.ReadAllBytes(svgPath);
            Assert.NotEqual(0xEF, bytes[0]); // no UTF-8 byte order mark
            Assert.Equal(figure.Svg, File.ReadAllText(svgPath));
            Assert.Equal(figure.Png, File.ReadAllBytes(pngPath));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Text_is_drawn_with_a_sans_serif_family_the_machine_really_has()
    {
        // SkiaSharp's no-dependency Linux build answers an unknown family with its first scanned font (here DejaVu
        // Serif), and ScottPlot 5.1.59 then reports that serif face as its "Sans"; the figures must not inherit that.
        var figure = RocFigure.Render("roc", "ROC", [new RocSeries("A", [0, 0.2, 1], [0, 0.8, 1])]);
        var families = XDocument.Parse(figure.Svg).Descendants().Select(e => (string?)e.Attribute("font-family")).OfType<string>().Distinct().ToList();

        var family = Assert.Single(families);
        var first = family.Split(',')[0].Trim().Trim('\'');
        using var typeface = SKTypeface.FromFamilyName(first);
        Assert.Equal(first, typeface.FamilyName);
        Assert.DoesNotContain("Serif", first);
        Assert.EndsWith("sans-serif", family);
    }
}
