using System.Globalization;

namespace HccMesh.Pipeline.Tests.Train;

/// <summary>A cohort CSV without quoted cells as header + rows of cells, to edit and write back.</summary>
internal sealed class CsvGrid
{
    private CsvGrid(List<string> header, List<List<string>> rows)
    {
        Header = header;
        Rows = rows;
    }

    public List<string> Header { get; }

    public List<List<string>> Rows { get; }

    public static CsvGrid Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        return new CsvGrid([.. lines[0].Split(',')], lines.Skip(1).Select(l => l.Split(',').ToList()).ToList());
    }

    public int Column(string name)
    {
        var index = Header.IndexOf(name);
        Assert.True(index >= 0, $"no column {name}");
        return index;
    }

    public string this[int row, string column]
    {
        get => Rows[row][Column(column)];
        set => Rows[row][Column(column)] = value;
    }

    public double Number(int row, string column) => double.Parse(this[row, column], CultureInfo.InvariantCulture);

    /// <summary>The feature columns (phase-prefixed PyRadiomics names) in header order.</summary>
    public IReadOnlyList<string> FeatureColumns => Header.Where(h => h.StartsWith("portal_", StringComparison.Ordinal)).ToList();

    public string Write(string path)
    {
        File.WriteAllLines(path, new[] { string.Join(',', Header) }.Concat(Rows.Select(r => string.Join(',', r))));
        return path;
    }

    /// <summary>RFC 4180 records (quoted fields with "" escapes, CRLF or LF), to check a written CSV's shape.</summary>
    public static List<List<string>> ParseRecords(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.False(quoted, "unterminated quoted field");
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }

    public static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
