using HccMesh.Contracts.V1;
using HccMesh.Modeling.Artifacts;
using HccMesh.Storage;
using HccMesh.TestData;

namespace HccMesh.Pipeline.Tests;

/// <summary>The README's first command on the bundled sample (real TotalSegmentator CT, liver label 5), through the embedded host.</summary>
public sealed class SampleCaseTests : IAsyncLifetime
{
    private PipelineHarness harness = null!;

    public async Task InitializeAsync() => harness = await PipelineHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [TestDataFact]
    public async Task Sample_case_runs_end_to_end_with_its_known_geometry_and_a_radscore_from_the_artifact_formula()
    {
        TestDataLocation.PathOf("ct", "totalsegmentator", "example_ct_dicom_uncompressed_DERIVED");
        var run = await harness.RunAsync(Path.Combine(TestDataLocation.RepositoryRoot(), "samples", "liver-ct"));

        Assert.Null(run.Failure);
        Assert.NotNull(run.Report);

        // As ITK reads the series (brief / ct/README.md): int16 512 x 512 x 20, 0.9765625 x 0.9765625 x 2.0 mm;
        // after normalisation + 1 mm B-spline resampling with padDistance 10: 700,536 liver voxels on 195 x 202 x 40.
        var phase = Assert.Single(run.Events.OfType<PhasePreprocessed>());
        Assert.Equal("portal", phase.Phase);
        Assert.Equal("Int16", phase.Original.PixelType);
        Assert.Equal([512, 512, 20], phase.Original.Size);
        Assert.Equal([0.9765625, 0.9765625, 2.0], phase.Original.Spacing);
        Assert.Equal([195, 202, 40], phase.Resampled.Size);
        Assert.Equal([1.0, 1.0, 1.0], phase.Resampled.Spacing);
        Assert.Equal(700_536, phase.RoiVoxelCount);

        var arrived = Assert.Single(run.Events.OfType<StudyArrived>());
        Assert.Equal("ContentSha256", arrived.StudyKeySource); // all UIDs of the sample are empty
        Assert.True(arrived.Clinical.Illustrative);

        var features = await harness.FeaturesAsync(run.StudyId, "portal");
        Assert.Equal(1130, features.Count);
        Assert.All(features, f => Assert.True(double.IsFinite(f.Value), $"{f.Key} = {f.Value}"));
        Assert.Equal(700_536, features["original_shape_VoxelVolume"], 1e-6); // 1 mm^3 voxels

        var assessed = Assert.Single(run.Events.OfType<RiskAssessed>());
        var artifact = ModelArtifactJson.Load(Path.Combine(AppContext.BaseDirectory, "Models", $"{assessed.ModelId}-{assessed.ModelVersion}.json"));
        double expected = artifact.Radscore.Intercept;
        foreach (var f in artifact.Radscore.Features)
        {
            var s = artifact.Radscore.Standardization!.Features.Single(t => t.Name == f.Name && t.Phase == f.Phase);
            expected += f.Coefficient * (features[f.Name] - s.Mean) / s.Sd;
        }

        Assert.Equal(expected, assessed.Radscore, 1e-12);
        var html = await harness.Store.GetTextAsync(run.Report!.HtmlReportKey);
        Assert.Contains("ILLUSTRATIVE", html);
        Assert.Contains("demo reference — not for clinical use", html);
    }
}
