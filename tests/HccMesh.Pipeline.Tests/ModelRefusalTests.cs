using HccMesh.Contracts;

namespace HccMesh.Pipeline.Tests;

/// <summary>A model that cannot score is refused at ingestion, before any extraction, saying what is missing.</summary>
public sealed class ModelRefusalTests : IDisposable
{
    private readonly string caseRoot = Path.Combine(Path.GetTempPath(), "hccmesh-model-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(caseRoot))
        {
            Directory.Delete(caseRoot, recursive: true);
        }
    }

    [Fact]
    public async Task Published_artifact_without_standardisation_statistics_is_refused_naming_the_remedy()
    {
        await using var harness = await PipelineHarness.StartAsync("hcc-ehm-published");

        var run = await harness.RunAsync(SyntheticCases.WriteCase(caseRoot, ["portal"]));

        var failed = run.ExpectFailure();
        Assert.Equal(Stages.Ingestion, failed.Stage);
        Assert.Equal("model-invalid", failed.ErrorCode);
        Assert.Contains("no per-feature mean and SD", failed.Reason);
        Assert.Contains("hcc-ehm-demo", failed.Reason);
        Assert.DoesNotContain(run.Events, e => e is HccMesh.Contracts.V1.PhasePreprocessed);
    }

    [Fact]
    public async Task Unknown_model_id_is_refused_before_extraction()
    {
        await using var harness = await PipelineHarness.StartAsync("no-such-model");

        var failed = (await harness.RunAsync(SyntheticCases.WriteCase(caseRoot, ["portal"]))).ExpectFailure();

        Assert.Equal(Stages.Ingestion, failed.Stage);
        Assert.Equal("model-missing", failed.ErrorCode);
        Assert.Contains("no-such-model", failed.Reason);
    }
}
