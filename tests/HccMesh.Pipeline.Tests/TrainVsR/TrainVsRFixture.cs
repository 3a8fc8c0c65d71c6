using System.Text.Json;

namespace HccMesh.Pipeline.Tests.TrainVsR;

/// <summary>
/// Loads Fixtures/train-vs-r (train-vs-r.R, R 4.2.2 / glmnet 4.1-6 / pROC 1.18.0; see its README): the synthetic
/// training and validation CSVs and R's numbers for the paper's workflow on them. The folder is found by walking up
/// from the test binary, so no copy-to-output is needed. JSON indices are 1-based (R).
/// </summary>
internal static class TrainVsRFixture
{
    private const string ExpectedFileName = "train-vs-r-expected.json";

    private static readonly Lazy<string> LazyFolder = new(FindFolder);
    private static readonly Lazy<JsonDocument> LazyExpected = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, ExpectedFileName))));

    public static string Folder => LazyFolder.Value;

    public static string TrainingPath => Path.Combine(Folder, "training.csv");

    public static string ValidationPath => Path.Combine(Folder, "validation.csv");

    public static JsonElement Expected => LazyExpected.Value.RootElement;

    /// <summary>The element at a property path, e.g. <c>At("lasso_tight", "lambda")</c>.</summary>
    public static JsonElement At(params string[] path)
    {
        var element = Expected;
        foreach (var name in path)
        {
            element = element.GetProperty(name);
        }

        return element;
    }

    public static double Number(JsonElement element) => element.ValueKind == JsonValueKind.String
        ? element.GetString() switch
        {
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var s => throw new FormatException($"not a number: {s}"),
        }
        : element.GetDouble();

    public static double Number(params string[] path) => Number(At(path));

    public static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(Number).ToArray();

    public static double[] Numbers(params string[] path) => Numbers(At(path));

    public static int[] Integers(params string[] path) => At(path).EnumerateArray().Select(e => e.GetInt32()).ToArray();

    public static string[] Strings(params string[] path) => At(path).EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static string FindFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            var candidate = Path.Combine(directory.FullName, "Fixtures", "train-vs-r");
            if (File.Exists(Path.Combine(candidate, ExpectedFileName)))
            {
                return candidate;
            }

            directory = directory.Parent;
        }

        throw new DirectoryNotFoundException($"Fixtures/train-vs-r not found above {AppContext.BaseDirectory}.");
    }
}
