using System.Text.Json;

namespace HccMesh.Modeling.Tests.Sampling;

/// <summary>
/// Loads Fixtures/r-sampling/r-sampling-expected.json (written by make-r-sampling-fixture.R with R 4.2.2, see its README).
/// The folder is found by walking up from the test binary to the project directory, so no copy-to-output is needed.
/// </summary>
public static class RSamplingFixture
{
    private const string FileName = "r-sampling-expected.json";

    private static readonly Lazy<JsonDocument> LazyExpected = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(FindFolder(), FileName))));

    public static JsonElement Expected => LazyExpected.Value.RootElement;

    public static int[] Integers(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToArray();

    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    /// <summary>The two order-sensitive checksums the R script stores for long vectors: Σ i·v_i and Σ ((i·7919) mod 100003)·v_i, i 1-based.</summary>
    public static double[] Checksums(IReadOnlyList<int> values)
    {
        double plain = 0, scrambled = 0;
        for (var k = 0; k < values.Count; k++)
        {
            double i = k + 1;
            plain += i * values[k];
            scrambled += (i * 7919 % 100003) * values[k];
        }

        return [plain, scrambled];
    }

    private static string FindFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            var candidate = Path.Combine(directory.FullName, "Fixtures", "r-sampling");
            if (File.Exists(Path.Combine(candidate, FileName)))
            {
                return candidate;
            }

            directory = directory.Parent;
        }

        throw new DirectoryNotFoundException($"Fixtures/r-sampling not found above {AppContext.BaseDirectory}.");
    }
}
