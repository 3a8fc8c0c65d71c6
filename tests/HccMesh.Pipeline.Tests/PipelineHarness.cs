using HccMesh.Cli;
using HccMesh.Cli.Progress;
using HccMesh.Contracts;
using HccMesh.Contracts.V1;
using HccMesh.Radiomics.Pipeline;
using HccMesh.Storage;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HccMesh.Pipeline.Tests;

/// <summary>
/// The embedded host exactly as <c>hccmesh analyze</c> builds it (all five services, in-memory bus, filesystem
/// store, SQLite state), on a temporary store. Submits cases and collects each study's events until it ends.
/// </summary>
public sealed class PipelineHarness : IAsyncDisposable
{
    private readonly IHost host;

    private PipelineHarness(IHost host, string storeRoot)
    {
        this.host = host;
        StoreRoot = storeRoot;
    }

    public string StoreRoot { get; }

    public IObjectStore Store => host.Services.GetRequiredService<IObjectStore>();

    public static async Task<PipelineHarness> StartAsync(string modelId = "hcc-ehm-demo")
    {
        var root = Path.Combine(Path.GetTempPath(), "hccmesh-test-" + Guid.NewGuid().ToString("N"));
        var host = EmbeddedHost.Build(new Dictionary<string, string?>
        {
            ["HccMesh:Storage:Root"] = root,
            ["HccMesh:Pipeline:ModelId"] = modelId,
        });
        await host.StartAsync();
        return new PipelineHarness(host, root);
    }

    /// <summary>Runs one case to its end (ReportPublished or StudyFailed) and returns every event seen.</summary>
    public async Task<StudyRun> RunAsync(string casePath, TimeSpan? timeout = null)
    {
        var hub = host.Services.GetRequiredService<StudyProgressHub>();
        var studyId = NewId.NextGuid();
        var reader = hub.Watch(studyId);
        await host.Services.GetRequiredService<IBus>().Publish(new SubmitCase(studyId, Path.GetFullPath(casePath), DateTimeOffset.UtcNow));
        var events = new List<IStudyMessage>();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(10));
        await foreach (var message in reader.ReadAllAsync(cts.Token))
        {
            events.Add(message);
            if (message is ReportPublished or StudyFailed)
            {
                break;
            }
        }

        return new StudyRun(studyId, events);
    }

    /// <summary>Every stored feature of one phase of a study (all image types), read back with the pipeline's own CSV reader.</summary>
    public async Task<Dictionary<string, double>> FeaturesAsync(Guid studyId, string phase)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var key in await Store.ListAsync(ObjectKeys.StudyPrefix(studyId) + $"/features/{phase}/"))
        {
            foreach (var (name, value) in FeatureVector.ParseCsv(await Store.GetTextAsync(key), key).Items)
            {
                result.Add(name, value);
            }
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        try
        {
            Directory.Delete(StoreRoot, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public sealed record StudyRun(Guid StudyId, IReadOnlyList<IStudyMessage> Events)
{
    public StudyFailed? Failure => Events.OfType<StudyFailed>().FirstOrDefault();

    public ReportPublished? Report => Events.OfType<ReportPublished>().FirstOrDefault();

    public StudyFailed ExpectFailure()
    {
        var failed = Failure;
        Assert.True(failed is not null, "expected StudyFailed, got: " + string.Join(", ", Events.Select(e => e.GetType().Name)));
        return failed!;
    }
}
