using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HccMesh.Radiomics.Tests.FeatureClasses;

/// <summary>
/// One upstream baseline_&lt;class&gt;.csv (shared/testdata/pyradiomics/baseline): first row
/// "featureName,&lt;column&gt;,...", then one row per key.
/// </summary>
public sealed partial class PyRadiomicsBaselineTable
{
    private readonly List<string> columns;
    private readonly Dictionary<string, string[]> rows;

    private PyRadiomicsBaselineTable(List<string> columns, Dictionary<string, string[]> rows)
    {
        this.columns = columns;
        this.rows = rows;
    }

    public IReadOnlyList<string> Columns => columns;

    public static PyRadiomicsBaselineTable Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = SplitCsv(lines[0]);
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = SplitCsv(line);
            rows[cells[0]] = [.. cells.Skip(1)];
        }

        return new PyRadiomicsBaselineTable([.. header.Skip(1)], rows);
    }

    public string Cell(string key, string column) => rows[key][columns.IndexOf(column)];

    public double Value(string key, string column) => double.Parse(Cell(key, column), CultureInfo.InvariantCulture);

    public IEnumerable<string> FeatureKeys(string className) =>
        rows.Keys.Where(k => k.StartsWith($"original_{className}_", StringComparison.Ordinal));

    /// <summary>Settings of a column, from its diagnostics_Configuration_Settings Python dict literal.</summary>
    public RadiomicsSettings Settings(string column)
    {
        var text = Cell("diagnostics_Configuration_Settings", column);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in SettingPattern().Matches(text))
        {
            values[m.Groups[1].Value] = m.Groups[2].Value.Trim();
        }

        var settings = new RadiomicsSettings();
        if (values.TryGetValue("binWidth", out var bw)) { settings = settings with { BinWidth = Number(bw) }; }
        if (values.TryGetValue("binCount", out var bc) && bc != "None") { settings = settings with { BinCount = (int)Number(bc) }; }
        if (values.TryGetValue("force2D", out var f2)) { settings = settings with { Force2D = f2 == "True" }; }
        if (values.TryGetValue("force2Ddimension", out var f2d)) { settings = settings with { Force2DDimension = (int)Number(f2d) }; }
        if (values.TryGetValue("weightingNorm", out var wn) && wn != "None") { settings = settings with { WeightingNorm = wn.Trim('\'') }; }
        if (values.TryGetValue("gldm_a", out var ga)) { settings = settings with { GldmA = Number(ga) }; }
        if (values.TryGetValue("distances", out var ds)) { settings = settings with { Distances = [.. List(ds).Select(d => (int)d)] }; }
        if (values.TryGetValue("resegmentRange", out var rr) && rr != "None") { settings = settings with { ResegmentRange = List(rr) }; }
        if (values.TryGetValue("resegmentMode", out var rm)) { settings = settings with { ResegmentMode = rm.Trim('\'') }; }
        if (values.TryGetValue("normalize", out var nz)) { settings = settings with { Normalize = nz == "True" }; }
        if (values.TryGetValue("normalizeScale", out var ns)) { settings = settings with { NormalizeScale = Number(ns) }; }
        if (values.TryGetValue("label", out var lb)) { settings = settings with { Label = (int)Number(lb) }; }
        return settings;
    }

    private static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static double[] List(string s) =>
        [.. s.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Number)];

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { current.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { cells.Add(current.ToString()); current.Clear(); }
            else { current.Append(c); }
        }

        cells.Add(current.ToString());
        return cells;
    }

    [GeneratedRegex(@"'(\w+)':\s*(\[[^\]]*\]|'[^']*'|[^,}]+)")]
    private static partial Regex SettingPattern();
}
