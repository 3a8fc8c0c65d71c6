using System.Globalization;

namespace HccMesh.Radiomics.Pipeline;

/// <summary>An ordered list of PyRadiomics-named features (<c>imageType_class_Feature</c>) and their values.</summary>
public sealed class FeatureVector
{
    private readonly List<KeyValuePair<string, double>> _items = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public IReadOnlyList<KeyValuePair<string, double>> Items => _items;

    public IEnumerable<string> Names => _items.Select(i => i.Key);

    public double this[string name] => _items[_index[name]].Value;

    public bool TryGetValue(string name, out double value)
    {
        if (_index.TryGetValue(name, out int i))
        {
            value = _items[i].Value;
            return true;
        }

        value = double.NaN;
        return false;
    }

    /// <summary>Adds a feature; a name already present is replaced in place (PyRadiomics' OrderedDict update).</summary>
    public void Add(string name, double value)
    {
        if (_index.TryGetValue(name, out int i))
        {
            _items[i] = new(name, value);
            return;
        }

        _index[name] = _items.Count;
        _items.Add(new(name, value));
    }

    public void AddRange(FeatureVector other)
    {
        foreach (var (k, v) in other._items)
        {
            Add(k, v);
        }
    }

    /// <summary>Two-column CSV <c>feature,value</c>, one row per feature, values in round-trip precision ("nan" for NaN, as Python).</summary>
    public void WriteCsv(TextWriter writer)
    {
        writer.WriteLine("feature,value");
        foreach (var (k, v) in _items)
        {
            writer.Write(k);
            writer.Write(',');
            writer.WriteLine(FormatValue(v));
        }
    }

    /// <summary>The <see cref="WriteCsv"/> text.</summary>
    public string ToCsv()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        WriteCsv(writer);
        return writer.ToString();
    }

    /// <summary>Reads the two-column <c>feature,value</c> CSV that <see cref="WriteCsv"/> writes (also PyRadiomics' reference files).</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">Named in error messages (a file or object key).</param>
    public static FeatureVector ParseCsv(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new FeatureVector();
        var lines = text.Split('\n');
        int first = 0;
        while (first < lines.Length && lines[first].Trim().Length == 0)
        {
            first++;
        }

        if (first == lines.Length || lines[first].Trim() != "feature,value")
        {
            throw new RadiomicsException($"{source}: not a feature CSV (expected the header 'feature,value')");
        }

        for (int i = first + 1; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            int comma = line.LastIndexOf(',');
            if (comma <= 0)
            {
                throw new RadiomicsException($"{source}: line {i + 1} is not 'name,value': '{line}'");
            }

            string name = line[..comma], value = line[(comma + 1)..];
            result.Add(name, ParseValue(value, source, i + 1));
        }

        return result;
    }

    /// <summary>One-row CSV as PyRadiomics' batch mode writes it: a header of feature names, then the values.</summary>
    public void WriteWideCsv(TextWriter writer, bool header = true)
    {
        if (header)
        {
            writer.WriteLine(string.Join(',', _items.Select(i => i.Key)));
        }

        writer.WriteLine(string.Join(',', _items.Select(i => FormatValue(i.Value))));
    }

    private static double ParseValue(string text, string source, int line) => text.ToLowerInvariant() switch
    {
        "nan" => double.NaN,
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) => v,
        _ => throw new RadiomicsException($"{source}: line {line} has no number: '{text}'"),
    };

    public static string FormatValue(double v) =>
        double.IsNaN(v) ? "nan" : double.IsInfinity(v) ? (v > 0 ? "inf" : "-inf") : v.ToString("R", CultureInfo.InvariantCulture);
}
