using System.Globalization;
using System.Net;

namespace HccMesh.Reporting.Tests;

public class ReportHtmlRendererTests
{
    private static readonly StudyReport DemoReport = SampleReports.Report(SampleReports.DemoArtifact());

    private static string Html(StudyReport report) => ReportHtmlRenderer.Render(report);

    [Fact]
    public void Page_contains_every_required_item()
    {
        var r = DemoReport;
        var html = Html(r);
        Assert.Contains(SampleReports.StudyUid, html);
        Assert.Contains("StudyInstanceUID", html);
        Assert.Contains("hcc-ehm-demo 1.0.0", html);
        foreach (var flag in r.Model.Flags.Flags)
        {
            Assert.Contains(flag, html);
        }

        Assert.Contains(r.Radscore.ToString("0.0000", CultureInfo.InvariantCulture), html);
        Assert.Contains((r.Probability * 100).ToString("F1", CultureInfo.InvariantCulture) + " %", html);
        Assert.Contains(r.Probability.ToString("0.0000", CultureInfo.InvariantCulture), html);
        Assert.Contains(">" + r.RiskGroup + " risk<", html);
        Assert.Contains("0.1264", html); // cutoff 35/277
        Assert.Contains(r.Cutoff.Provenance, WebUtility.HtmlDecode(html));
        foreach (var c in r.Contributions)
        {
            Assert.Contains(c.Name, html);
            // a contribution that rounds to zero is shown as 0.0000, never -0.0000
            var shown = Math.Round(c.Contribution, 4) == 0 ? "0.0000" : c.Contribution.ToString("0.0000", CultureInfo.InvariantCulture);
            Assert.Contains(">" + shown + "<", html);
        }

        Assert.Contains("22.9 kg/m²", html);
        Assert.Contains("41.5 g/L", html);
        Assert.Contains("present", html);
        Assert.Contains("absent", html);
        Assert.Contains("52.34 mL", html);
        Assert.Contains("52340", html);
        Assert.Contains("0.703125 × 0.703125 × 5 mm", html);
        Assert.Contains("1 × 1 × 1 mm", html);
        Assert.Contains("not resampled", html);
        Assert.Contains("paper-hcc.yaml", html);
        Assert.Contains("settings SHA-256", html);
        Assert.Contains(r.Settings.Sha256!, html);
        Assert.Contains("0.1.0", html);
        Assert.Contains(SampleReports.TraceId, html);
        Assert.Contains("2026-12-03T17:30:00.0000000+00:00", html);
        Assert.Contains("id=\"intercept-note\"", html);
        Assert.All(r.InterceptNote!.Split('\n'), line => Assert.Contains(line, WebUtility.HtmlDecode(html)));
        Assert.Contains("<svg", html);
        Assert.Equal(r.Contributions.Count, CountOf(html, "<rect "));
    }

    [Fact]
    public void Page_is_self_contained()
    {
        var html = Html(DemoReport);
        Assert.Contains("<style>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Hostile_strings_are_escaped_everywhere()
    {
        const string hostile = "<script>alert('x')</script>\"&<img src=x onerror=1>";
        var report = DemoReport with
        {
            TraceId = hostile,
            DemoBanner = hostile,
            InterceptNote = hostile,
            SoftwareVersion = hostile,
            Cutoff = DemoReport.Cutoff with { Provenance = hostile },
            Settings = DemoReport.Settings with { FileName = hostile },
            Contributions = [DemoReport.Contributions[0] with { Name = hostile, Phase = hostile }, .. DemoReport.Contributions.Skip(1)],
            Phases = [DemoReport.Phases[0] with { Phase = hostile }],
        };
        var html = Html(report);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("'x'", html);
        var escaped = WebUtility.HtmlEncode(hostile);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;&lt;img", escaped);
        // banner, trace id, note, software (twice: title-less footer and provenance), provenance, file name,
        // feature phase and name in table and chart (label + title), phase row
        Assert.True(CountOf(html, escaped) >= 12, $"escaped hostile string found {CountOf(html, escaped)} times");
    }

    [Fact]
    public void Banner_appears_for_a_demo_model()
    {
        var html = Html(DemoReport);
        Assert.Contains("id=\"demo-banner\"", html);
        Assert.Contains(">demo reference — not for clinical use<", html);
    }

    [Fact]
    public void Banner_is_absent_for_a_model_not_flagged_demo()
    {
        var report = SampleReports.Report(SampleReports.NonDemoArtifact());
        Assert.False(report.Model.Flags.Demo);
        Assert.Null(report.DemoBanner);
        var html = Html(report);
        Assert.DoesNotContain("demo-banner", html);
        Assert.DoesNotContain("not for clinical use", html);
        Assert.Contains("hcc-ehm-local", html);
    }

    [Fact]
    public void Risk_group_is_shown_with_its_class()
    {
        var html = Html(DemoReport);
        Assert.Contains($"class=\"risk risk-{DemoReport.RiskGroup}\"", html);
    }

    [Fact]
    public void Contribution_that_rounds_to_zero_is_shown_without_a_minus_sign()
    {
        var tiny = DemoReport.Contributions[0] with { Contribution = -1e-17, Z = -1e-16 };
        var html = Html(DemoReport with { Contributions = [tiny] });
        Assert.DoesNotContain("-0.0000", html);
        Assert.DoesNotContain("-0.000<", html);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
