namespace HccMesh.TestData;

/// <summary>
/// Finds the public test data that lies beside the repository (never inside it).
/// HCCMESH_TESTDATA overrides the default <c>../shared/testdata</c> relative to the repository root.
/// </summary>
public static class TestDataLocation
{
    public const string EnvironmentVariable = "HCCMESH_TESTDATA";

    private static readonly Lazy<string> RootPath = new(Resolve);

    public static string Root => RootPath.Value;

    public static bool Available => Directory.Exists(Root);

    public static bool RunningInCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Path of a file or folder under the test-data root; fails loudly when absent.</summary>
    public static string PathOf(params string[] parts)
    {
        if (!Available)
        {
            throw new InvalidOperationException(
                $"Test data not found at '{Root}'. Set {EnvironmentVariable} to the folder that holds pyradiomics/, ibsi/, ct/ and stats-tiny/.");
        }

        var path = Path.Combine([Root, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"Test data item missing: {path}");
        }

        return path;
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HccMesh.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("HccMesh.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Resolve()
    {
        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return Path.GetFullPath(fromEnv);
        }

        return Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "testdata"));
    }
}
