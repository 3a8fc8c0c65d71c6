using HccMesh.Reporting.Figures;

namespace HccMesh.Reporting.Tests.Figures;

public sealed class SampleFigureGalleryTests
{
    [Fact]
    public void Realistic_report_figures_are_written_as_svg_and_png_files()
    {
        // Written outside the repository so the figures can be inspected by eye (see the helper report).
        var directory = Path.Combine(Path.GetTempPath(), "hccmesh-figures");
        foreach (var figure in SampleFigureGallery.RenderAll())
        {
            var (svgPath, pngPath) = FigureFiles.Write(figure, directory);
            FigureAssert.WellFormedSvg(File.ReadAllText(svgPath));
            FigureAssert.PngOfSize(File.ReadAllBytes(pngPath), figure.Width, figure.Height);
        }
    }
}
