using HccMesh.Contracts.V1;
using HccMesh.Modeling.Artifacts;
using HccMesh.Storage;

namespace HccMesh.Pipeline.Tests;

/// <summary>The whole embedded pipeline on the project's own three-phase phantom (always runs, no test data needed).</summary>
public sealed class EmbeddedPipelineTests : IAsyncLifetime
{
    private readonly string caseRoot = Path.Combine(Path.GetTempPath(), "hccmesh-case-" + Guid.NewGuid().ToString("N"));
    private PipelineHarness harness = null!;

    public async Task InitializeAsync() => harness = await PipelineHarness.StartAsync();

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        if (Directory.Exists(caseRoot))
        {
            Directory.Delete(caseRoot, recursive: true);
        }
    }

    [Fact]
    public async Task Three_phase_phantom_goes_through_all_five_stages_with_1130_finite_features_per_phase()
    {
        var run = await harness.RunAsync(SyntheticCases.WriteCase(caseRoot));

        Assert.Null(run.Failure);
        Assert.NotNull(run.Report);
        Assert.Equal(3, run.Events.OfType<PhasePreprocessed>().Count());
        Assert.Equal(36, run.Events.OfType<FeatureSetExtracted>().Count());
        foreach (var phase in new[] { "arterial", "portal", "delayed" })
        {
            var features = await harness.FeaturesAsync(run.StudyId, phase);
            Assert.Equal(1130, features.Count);
            Assert.All(features, f => Assert.True(double.IsFinite(f.Value), $"{phase}/{f.Key} = {f.Value}"));
        }

        Assert.True(await harness.Store.ExistsAsync(run.Report!.HtmlReportKey));
        Assert.True(await harness.Store.ExistsAsync(run.Report.JsonReportKey));
    }

    [Fact]
    public async Task Reported_radscore_equals_the_artifact_formula_applied_to_the_stored_features()
    {
        var run = await harness.RunAsync(SyntheticCases.WriteCase(caseRoot));
        var assessed = Assert.Single(run.Events.OfType<RiskAssessed>());
        var artifact = ModelArtifactJson.Load(Path.Combine(AppContext.BaseDirectory, "Models", $"{assessed.ModelId}-{assessed.ModelVersion}.json"));
        var stats = artifact.Radscore.Standardization!.Features;

        // radscore = intercept + sum_k coef_k * (x_k - mean_k) / sd_k, computed here from the stored CSVs.
        double expected = artifact.Radscore.Intercept;
        foreach (var f in artifact.Radscore.Features)
        {
            var x = (await harness.FeaturesAsync(run.StudyId, f.Phase))[f.Name];
            var s = stats.Single(t => t.Name == f.Name && t.Phase == f.Phase);
            expected += f.Coefficient * (x - s.Mean) / s.Sd;
        }

        Assert.Equal(expected, assessed.Radscore, 1e-12);
        Assert.Contains("demo", assessed.Flags);
        Assert.Contains("interceptEstimated", assessed.Flags);
        var html = await harness.Store.GetTextAsync(run.Report!.HtmlReportKey);
        Assert.Contains("demo reference — not for clinical use", html);
        Assert.Contains(assessed.TraceId, html);
    }

    [Fact]
    public async Task Slices_kept_in_a_sub_folder_of_the_series_folder_are_read_too()
    {
        SyntheticCases.WriteCase(caseRoot, ["portal"]);
        var sub = Directory.CreateDirectory(Path.Combine(caseRoot, "portal", "part2"));
        foreach (var file in Directory.GetFiles(Path.Combine(caseRoot, "portal")).Order(StringComparer.Ordinal).Take(5))
        {
            File.Move(file, Path.Combine(sub.FullName, Path.GetFileName(file)));
        }

        var run = await harness.RunAsync(caseRoot);

        Assert.Null(run.Failure);
        Assert.Equal(SyntheticCases.SizeZ, Assert.Single(run.Events.OfType<PhasePreprocessed>()).Original.Size[2]);
    }
}
