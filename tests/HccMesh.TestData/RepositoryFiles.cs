namespace HccMesh.TestData;

/// <summary>Files shipped in the repository itself (model artifacts, parameter files), found from the test binaries.</summary>
public static class RepositoryFiles
{
    public static string PathOf(params string[] parts) => Path.Combine([TestDataLocation.RepositoryRoot(), .. parts]);

    public static string ModelsDirectory => PathOf("shared", "HccMesh.Modeling", "Models");

    public static string PublishedArtifactPath => Path.Combine(ModelsDirectory, "hcc-ehm-published-1.0.0.json");

    public static string PaperSettingsPath => PathOf("shared", "HccMesh.Radiomics", "Settings", "paper-hcc.yaml");
}
