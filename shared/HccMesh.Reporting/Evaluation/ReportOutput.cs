namespace HccMesh.Reporting.Evaluation;

/// <summary>
/// Writes a report folder: <c>report.html</c>, <c>tables/&lt;name&gt;.csv|.md</c>, <c>figures/&lt;name&gt;.svg|.png</c>.
/// Returns the files written, in order.
/// </summary>
public static class ReportOutput
{
    public static IReadOnlyList<string> Write(string directory, EvaluationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        var tables = Path.Combine(directory, "tables");
        var figures = Path.Combine(directory, "figures");
        Directory.CreateDirectory(tables);
        foreach (var table in document.Sections.SelectMany(s => s.Tables))
        {
            var csv = Path.Combine(tables, table.Name + ".csv");
            var md = Path.Combine(tables, table.Name + ".md");
            File.WriteAllText(csv, table.ToCsv());
            File.WriteAllText(md, table.ToMarkdown());
            written.Add(csv);
            written.Add(md);
        }

        foreach (var figure in document.Sections.SelectMany(s => s.Figures))
        {
            var (svg, png) = Figures.FigureFiles.Write(figure.Figure, figures);
            written.Add(svg);
            written.Add(png);
        }

        var html = Path.Combine(directory, "report.html");
        File.WriteAllText(html, EvaluationHtmlRenderer.Render(document));
        written.Add(html);
        return written;
    }
}
