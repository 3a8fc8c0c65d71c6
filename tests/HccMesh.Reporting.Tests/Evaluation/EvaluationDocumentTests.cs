using HccMesh.Modeling.Cohorts;
using HccMesh.Reporting.Evaluation;
using HccMesh.Reporting.Figures;

namespace HccMesh.Reporting.Tests.Evaluation;

public sealed class EvaluationDocumentTests
{
    private static readonly ResultTable Table = new(
        "table2-clinical-factors",
        "Table 2 <clinical>",
        ["id", "Variable", "OR (95% CI)"],
        [["P,1", "ALB \"g/L\"", "0.891 (0.809–0.982)"], ["P|2", "MVI\nline", "3.090 (1.379–6.925)"]],
        "Note & more");

    [Fact]
    public void Csv_cells_with_commas_quotes_and_newlines_read_back_unchanged()
    {
        var table = CohortCsvReader.Read(new StringReader(Table.ToCsv()), "table.csv");
        Assert.Equal(["id", "Variable", "OR (95% CI)"], table.Columns);
        Assert.Equal("P,1", table.Id(0));
        Assert.Equal("ALB \"g/L\"", table.Cell(0, "Variable"));
        Assert.Equal("MVI\nline", table.Cell(1, "Variable"));
    }

    [Fact]
    public void Markdown_escapes_pipes_and_keeps_one_row_per_line()
    {
        var lines = Table.ToMarkdown().Split('\n');
        Assert.Equal("**Table 2 <clinical>**", lines[0]);
        Assert.Equal("| id | Variable | OR (95% CI) |", lines[2]);
        Assert.Equal("|---|---|---|", lines[3]);
        Assert.Equal("| P\\|2 | MVI line | 3.090 (1.379–6.925) |", lines[5]);
    }

    [Fact]
    public void Html_escapes_text_and_inlines_the_svg_without_its_xml_declaration()
    {
        var figure = new RenderedFigure("roc-training", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>ROC</text></svg>", [], 10, 10);
        var document = new EvaluationDocument("Model <development>", ["notice & warning"],
            [new EvaluationSection("Results", ["a < b"], [Table], [new CaptionedFigure(figure, "ROC curves")])], "0.1.0", DateTimeOffset.UnixEpoch);
        var html = EvaluationHtmlRenderer.Render(document);
        Assert.Contains("<title>Model &lt;development&gt;</title>", html);
        Assert.Contains("notice &amp; warning", html);
        Assert.Contains("<p>a &lt; b</p>", html);
        Assert.Contains("<td>ALB &quot;g/L&quot;</td>", html);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>ROC</text></svg>", html);
        Assert.DoesNotContain("<?xml", html);
        Assert.Contains("href=\"figures/roc-training.png\"", html);
        Assert.DoesNotContain("<script", html);
    }
}
