using System.Globalization;
using System.Text.Json;
using HccMesh.TestData;

namespace HccMesh.Modeling.Tests.Statistics;

/// <summary>
/// Loads ../shared/testdata/stats-tiny (tiny.csv and expected.json, see its README) once per test run.
/// Only touch it from tests marked [TestDataFact] / [TestDataTheory].
/// </summary>
public static class StatsTinyFixture
{
    /// <summary>One patient (row of tiny.csv). <see cref="Features"/> is keyed by the verbatim column name.</summary>
    public sealed record Patient(
        string Id,
        int Ehm,
        int FoldId,
        int Mvi,
        double Alb,
        IReadOnlyDictionary<string, double> Features,
        double PExt);

    /// <summary>The 5 radiomic feature columns in CSV order (names verbatim).</summary>
    public static readonly IReadOnlyList<string> FeatureNames =
    [
        "wavelet-LLL_glcm_MaximumProbability",
        "wavelet-LLL_glcm_JointEntropy",
        "original_firstorder_Mean",
        "log-sigma-1-0-mm-3D_glrlm_RunVariance",
        "original_shape_Sphericity",
    ];

    private static readonly Lazy<IReadOnlyList<Patient>> LazyRows = new(LoadRows);
    private static readonly Lazy<JsonDocument> LazyExpected = new(LoadExpected);

    public static IReadOnlyList<Patient> Rows => LazyRows.Value;

    /// <summary>Root of expected.json. Infinite values are the strings "Infinity"/"-Infinity": read numbers with <see cref="Number"/>.</summary>
    public static JsonElement Expected => LazyExpected.Value.RootElement;

    /// <summary>Outcome column as 0/1 doubles.</summary>
    public static double[] Outcome() => Rows.Select(r => (double)r.Ehm).ToArray();

    public static double[] Column(Func<Patient, double> select) => Rows.Select(select).ToArray();

    public static double[] Feature(string name) => Rows.Select(r => r.Features[name]).ToArray();

    /// <summary>Follows a path of property names from the root, e.g. <c>At("dca", "p_ext")</c>.</summary>
    public static JsonElement At(params string[] path)
    {
        var element = Expected;
        foreach (var name in path)
        {
            element = element.GetProperty(name);
        }

        return element;
    }

    /// <summary>A JSON number, "Infinity"/"-Infinity"/"NaN" string, or null (→ NaN) as a double.</summary>
    public static double Number(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.Null => double.NaN,
        JsonValueKind.String => element.GetString() switch
        {
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            "NaN" => double.NaN,
            var s => double.Parse(s!, CultureInfo.InvariantCulture),
        },
        _ => throw new InvalidOperationException($"Not a number: {element.ValueKind}"),
    };

    /// <summary>A JSON array of numbers (see <see cref="Number"/>) as doubles.</summary>
    public static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(Number).ToArray();

    public static double Number(params string[] path) => Number(At(path));

    public static double[] Numbers(params string[] path) => Numbers(At(path));

    /// <summary>|actual − expected| / |expected| (absolute difference when expected is 0).</summary>
    public static double RelativeError(double expected, double actual) =>
        expected == 0.0 ? Math.Abs(actual) : Math.Abs(actual - expected) / Math.Abs(expected);

    /// <summary>Asserts a relative error ≤ tolerance and returns it (so a test can report the maximum).</summary>
    public static double AssertRelative(double expected, double actual, double tolerance, string what)
    {
        var error = RelativeError(expected, actual);
        Assert.True(error <= tolerance, $"{what}: expected {expected:R}, got {actual:R} (relative error {error:E2} > {tolerance:E0})");
        return error;
    }

    /// <summary>Asserts |actual − expected| ≤ tolerance and returns the difference.</summary>
    public static double AssertAbsolute(double expected, double actual, double tolerance, string what)
    {
        var error = Math.Abs(actual - expected);
        Assert.True(error <= tolerance, $"{what}: expected {expected:R}, got {actual:R} (absolute error {error:E2} > {tolerance:E0})");
        return error;
    }

    private static IReadOnlyList<Patient> LoadRows()
    {
        var lines = File.ReadAllLines(TestDataLocation.PathOf("stats-tiny", "tiny.csv"));
        var header = lines[0].Split(',');
        int Index(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException("Missing column " + name);
        var id = Index("id");
        var ehm = Index("ehm");
        var fold = Index("foldid");
        var mvi = Index("mvi");
        var alb = Index("alb");
        var pExt = Index("p_ext");
        var featureIndex = FeatureNames.Select(Index).ToArray();

        var rows = new List<Patient>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',');
            double D(int i) => double.Parse(cells[i], CultureInfo.InvariantCulture);
            var features = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var f = 0; f < FeatureNames.Count; f++)
            {
                features[FeatureNames[f]] = D(featureIndex[f]);
            }

            rows.Add(new Patient(cells[id], (int)D(ehm), (int)D(fold), (int)D(mvi), D(alb), features, D(pExt)));
        }

        return rows;
    }

    private static JsonDocument LoadExpected()
    {
        var text = File.ReadAllText(TestDataLocation.PathOf("stats-tiny", "expected.json"));
        return JsonDocument.Parse(text);
    }
}
