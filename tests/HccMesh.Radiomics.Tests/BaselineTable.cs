using System.Globalization;

namespace HccMesh.Radiomics.Tests;

/// <summary>
/// A PyRadiomics baseline CSV (shared/testdata/pyradiomics/baseline/baseline_&lt;class&gt;.csv): transposed, first row
/// <c>featureName,&lt;column&gt;…</c>, one row per key.
/// </summary>
internal sealed class BaselineTable
{
    private readonly Dictionary<string, Dictionary<string, string>> _columns = new(StringComparer.Ordinal);

    private BaselineTable(List<string> keys)
    {
        Keys = keys;
    }

    public List<string> Keys { get; }

    public IEnumerable<string> Columns => _columns.Keys;

    public static BaselineTable Load(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = ParseCsvLine(lines[0]);
        var keys = new List<string>();
        var table = new BaselineTable(keys);
        for (int c = 1; c < header.Count; c++)
        {
            table._columns[header[c]] = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        foreach (var line in lines.Skip(1))
        {
            var cells = ParseCsvLine(line);
            keys.Add(cells[0]);
            for (int c = 1; c < header.Count && c < cells.Count; c++)
            {
                table._columns[header[c]][cells[0]] = cells[c];
            }
        }

        return table;
    }

    public bool HasColumn(string column) => _columns.ContainsKey(column);

    public string Cell(string column, string key) => _columns[column][key];

    /// <summary>The expected feature values (non-diagnostic rows with a value) of a column.</summary>
    public IEnumerable<(string Key, double Value)> Features(string column)
    {
        foreach (var key in Keys)
        {
            if (key.StartsWith("diagnostics_", StringComparison.Ordinal))
            {
                continue;
            }

            if (_columns[column].TryGetValue(key, out var text) && text.Length > 0)
            {
                yield return (key, text == "nan" ? double.NaN : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>The column's Python-dict settings as a parameter-file <c>setting:</c> block (YAML flow mapping).</summary>
    public string SettingsAsYaml(string column)
    {
        string dict = Cell(column, "diagnostics_Configuration_Settings");
        return dict.Replace("True", "true", StringComparison.Ordinal)
                   .Replace("False", "false", StringComparison.Ordinal)
                   .Replace("None", "null", StringComparison.Ordinal);
    }

    private static List<string> ParseCsvLine(string line)
    {
        var cells = new List<string>();
        var cur = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { cur.Append('"'); i++; }
                else if (ch == '"') { quoted = false; }
                else { cur.Append(ch); }
            }
            else if (ch == '"') { quoted = true; }
            else if (ch == ',') { cells.Add(cur.ToString()); cur.Clear(); }
            else { cur.Append(ch); }
        }

        cells.Add(cur.ToString());
        return cells;
    }
}
