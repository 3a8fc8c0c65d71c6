using System.Globalization;
using HccMesh.TestData;

namespace HccMesh.Imaging.Tests.Resampling;

/// <summary>Reads one column of pyradiomics/baseline/baseline_shape.csv (rows = keys, columns = test configurations).</summary>
internal sealed class ShapeBaseline
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public ShapeBaseline(string column)
    {
        var lines = File.ReadAllLines(TestDataLocation.PathOf("pyradiomics", "baseline", "baseline_shape.csv"));
        int index = Array.IndexOf(SplitCsv(lines[0]), column);
        Assert.True(index > 0, $"column {column} not in baseline_shape.csv");
        foreach (var line in lines.Skip(1))
        {
            var cells = SplitCsv(line);
            values[cells[0]] = cells[index];
        }
    }

    public double Number(string key) => double.Parse(values[key], CultureInfo.InvariantCulture);

    /// <summary>A tuple such as "(30, 39, 34)" as numbers.</summary>
    public double[] Tuple(string key) =>
        values[key].Trim('(', ')').Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();

    private static string[] SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
