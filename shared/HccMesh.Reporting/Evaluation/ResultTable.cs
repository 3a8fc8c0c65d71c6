using System.Text;
using HccMesh.Modeling.Cohorts;

namespace HccMesh.Reporting.Evaluation;

/// <summary>
/// A results table (the paper's Table 2/3 style): written as CSV for analysis, as Markdown for a manuscript or
/// README, and rendered into the HTML report. Cells are preformatted text.
/// </summary>
public sealed record ResultTable(string Name, string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, string? Note = null)
{
    public string ToCsv()
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Headers.Select(CsvField.Quote)).Append('\n');
        foreach (var row in Rows)
        {
            csv.AppendJoin(',', row.Select(CsvField.Quote)).Append('\n');
        }

        return csv.ToString();
    }

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("**").Append(Title).Append("**\n\n");
        md.Append("| ").AppendJoin(" | ", Headers.Select(EscapeMarkdown)).Append(" |\n");
        md.Append('|').AppendJoin('|', Headers.Select(_ => "---")).Append("|\n");
        foreach (var row in Rows)
        {
            md.Append("| ").AppendJoin(" | ", row.Select(EscapeMarkdown)).Append(" |\n");
        }

        if (Note is not null)
        {
            md.Append('\n').Append(Note).Append('\n');
        }

        return md.ToString();
    }

    private static string EscapeMarkdown(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
