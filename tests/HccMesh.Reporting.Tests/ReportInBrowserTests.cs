using HccMesh.TestData;

namespace HccMesh.Reporting.Tests;

/// <summary>The HTML report opened in a real browser (headless Chromium): it parses, shows what a clinician needs, and renders.</summary>
public sealed class ReportInBrowserTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("hccmesh-report-");

    public void Dispose() => folder.Delete(recursive: true);

    [BrowserFact]
    public void Chromium_parses_the_report_into_the_expected_document()
    {
        var report = SampleReports.Report(SampleReports.DemoArtifact());
        var file = Path.Combine(folder.FullName, "report.html");
        File.WriteAllText(file, ReportHtmlRenderer.Render(report));

        var dom = Chromium.Run(new Uri(file).AbsoluteUri, "--dump-dom");

        Assert.Contains("demo reference — not for clinical use", dom);
        Assert.Contains("<table id=\"clinical\">", dom);
        Assert.Contains("<table id=\"phases\">", dom);
        Assert.Contains("<svg", dom); // the contribution chart survived parsing as inline SVG
        Assert.Contains(SampleReports.TraceId, dom);
        Assert.Contains(report.Model.Id, dom);
        foreach (var c in report.Contributions)
        {
            Assert.Contains(c.Name, dom);
        }
    }

    [BrowserFact]
    public void Chromium_renders_the_report_to_a_screenshot()
    {
        var file = Path.Combine(folder.FullName, "report.html");
        File.WriteAllText(file, ReportHtmlRenderer.Render(SampleReports.Report(SampleReports.DemoArtifact())));
        var png = Path.Combine(folder.FullName, "report.png");

        Chromium.Run(new Uri(file).AbsoluteUri, $"--screenshot={png}", "--window-size=1200,2000");

        var bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(bytes.Length > 20_000, $"screenshot of {bytes.Length} bytes looks blank"); // a blank 1200x2000 page compresses to a few KB
    }
}
