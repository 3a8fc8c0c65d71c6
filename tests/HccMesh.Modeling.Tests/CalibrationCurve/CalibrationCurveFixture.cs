using System.Globalization;
using System.Text.Json;
using HccMesh.Modeling.Statistics.Calibration;
using HccMesh.Modeling.Tests.Statistics;

namespace HccMesh.Modeling.Tests.CalibrationCurve;

/// <summary>
/// Loads Fixtures/calibration-curve (make-calibration-curve-fixture.R, R 4.2.2; see its README). The folder is found by
/// walking up from the test binary to the project directory, so no copy-to-output is needed. Inputs named tiny_* come
/// from ../shared/testdata/stats-tiny and may only be used from [TestDataTheory] tests.
/// </summary>
public static class CalibrationCurveFixture
{
    private const string FileName = "calibration-curve-expected.json";

    private static readonly Lazy<string> LazyFolder = new(FindFolder);
    private static readonly Lazy<JsonDocument> LazyExpected = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, FileName))));

    public static string Folder => LazyFolder.Value;

    public static JsonElement Expected => LazyExpected.Value.RootElement;

    public static IReadOnlyList<JsonElement> Cases => [.. Expected.GetProperty("cases").EnumerateArray()];

    public static bool UsesStatsTiny(JsonElement testCase) => testCase.GetProperty("input").GetString()!.StartsWith("tiny_", StringComparison.Ordinal);

    public static int[] Integers(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToArray();

    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    public static BinomialInterval Interval(JsonElement testCase) => Enum.Parse<BinomialInterval>(testCase.GetProperty("interval").GetString()!);

    /// <summary>The predicted risks and outcomes the R script used for the named input.</summary>
    public static (double[] P, double[] Y) Input(string name)
    {
        switch (name)
        {
            case "tiny_p_ext":
                return (StatsTinyFixture.Column(r => r.PExt), StatsTinyFixture.Outcome());
            case "tiny_p_combined":
                return (StatsTinyFixture.Numbers("predictions", "p_combined"), StatsTinyFixture.Outcome());
            case "synthetic_200":
                var rows = File.ReadAllLines(Path.Combine(Folder, "synthetic-200.csv")).Skip(1).Where(l => l.Length > 0)
                    .Select(l => l.Split(',')).ToList();
                return (rows.Select(r => double.Parse(r[0], CultureInfo.InvariantCulture)).ToArray(),
                    rows.Select(r => double.Parse(r[1], CultureInfo.InvariantCulture)).ToArray());
            default:
                var inline = Expected.GetProperty("inline_inputs").GetProperty(name);
                return (Doubles(inline.GetProperty("p")), Doubles(inline.GetProperty("y")));
        }
    }

    private static string FindFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            var candidate = Path.Combine(directory.FullName, "Fixtures", "calibration-curve");
            if (File.Exists(Path.Combine(candidate, FileName)))
            {
                return candidate;
            }

            directory = directory.Parent;
        }

        throw new DirectoryNotFoundException($"Fixtures/calibration-curve not found above {AppContext.BaseDirectory}.");
    }
}
