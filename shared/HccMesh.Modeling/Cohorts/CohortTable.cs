namespace HccMesh.Modeling.Cohorts;

/// <summary>
/// A cohort CSV as read: the header and every cell as text, in file order. Ids are trimmed, unique and
/// non-empty; every row has as many cells as the header. Built by <see cref="CohortCsvReader"/>.
/// </summary>
public sealed class CohortTable
{
    private readonly string[] columns;
    private readonly Dictionary<string, int> columnIndex;
    private readonly string[][] rows;
    private readonly string[] ids;
    private readonly int[] lineNumbers;

    internal CohortTable(
        string source, string idColumn, string[] columns, string[][] rows, string[] ids, int[] lineNumbers)
    {
        Source = source;
        IdColumn = idColumn;
        this.columns = columns;
        this.rows = rows;
        this.ids = ids;
        this.lineNumbers = lineNumbers;
        columnIndex = new Dictionary<string, int>(columns.Length, StringComparer.Ordinal);
        for (var c = 0; c < columns.Length; c++)
        {
            columnIndex.Add(columns[c], c);
        }
    }

    /// <summary>The file path or name used in messages.</summary>
    public string Source { get; }

    public string IdColumn { get; }

    /// <summary>Header order, including the id column.</summary>
    public IReadOnlyList<string> Columns => columns;

    public int RowCount => rows.Length;

    /// <summary>The row's id, trimmed.</summary>
    public string Id(int row) => ids[row];

    /// <summary>1-based physical line on which the row starts (header = line 1).</summary>
    public int LineNumber(int row) => lineNumbers[row];

    /// <summary>Exact, ordinal match.</summary>
    public bool HasColumn(string name) => columnIndex.ContainsKey(name);

    /// <summary>Position of the column in <see cref="Columns"/>, or -1.</summary>
    public int ColumnIndex(string name) => columnIndex.TryGetValue(name, out var index) ? index : -1;

    /// <summary>The cell text as written (quotes removed, not trimmed).</summary>
    public string Cell(int row, string column)
    {
        var index = ColumnIndex(column);
        if (index < 0)
        {
            throw new CohortException(Source, column, null,
                $"cohort '{Source}' has no column '{column}'; check the spelling (names are case-sensitive)");
        }

        return rows[row][index];
    }

    /// <summary>The cell text by column position (see <see cref="ColumnIndex"/>).</summary>
    public string Cell(int row, int columnIndex) => rows[row][columnIndex];

    /// <summary>"line 7 (id 'P007')", the row reference used in messages.</summary>
    public string RowReference(int row) => $"line {lineNumbers[row]} (id '{ids[row]}')";
}
