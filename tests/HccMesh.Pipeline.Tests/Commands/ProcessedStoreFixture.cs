using HccMesh.Contracts.V1;

namespace HccMesh.Pipeline.Tests.Commands;

/// <summary>
/// Three phantom studies (seeds 7, 8, 9, default clinical values) run once through the embedded pipeline; their store
/// is shared by the export tests, which copy it before changing anything.
/// </summary>
public sealed class ProcessedStoreFixture : IAsyncLifetime
{
    private readonly string casesRoot = Directory.CreateTempSubdirectory("hccmesh-export-cases-").FullName;

    public PipelineHarness Harness { get; private set; } = null!;

    public IReadOnlyList<RiskAssessed> Assessed { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Harness = await PipelineHarness.StartAsync();
        var assessed = new List<RiskAssessed>();
        foreach (var seed in new[] { 7, 8, 9 })
        {
            var run = await Harness.RunAsync(SyntheticCases.WriteCase(Path.Combine(casesRoot, $"case-{seed}"), seed: seed));
            Assert.Null(run.Failure);
            assessed.Add(run.Events.OfType<RiskAssessed>().Single());
        }

        Assessed = assessed;
    }

    public async Task DisposeAsync()
    {
        await Harness.DisposeAsync();
        Directory.Delete(casesRoot, recursive: true);
    }

    /// <summary>A copy of the store folder that a test may change.</summary>
    public string CopyStore(string destination)
    {
        foreach (var file in Directory.EnumerateFiles(Harness.StoreRoot, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(Harness.StoreRoot, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return destination;
    }
}
