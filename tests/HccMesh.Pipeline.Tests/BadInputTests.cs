using HccMesh.Contracts;
using HccMesh.Imaging;
using HccMesh.Imaging.IO;

namespace HccMesh.Pipeline.Tests;

/// <summary>Every kind of bad input ends the study with StudyFailed naming the stage, a stable code and the file/field — never a hang or silence.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly string caseRoot = Path.Combine(Path.GetTempPath(), "hccmesh-bad-" + Guid.NewGuid().ToString("N"));
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
    public async Task Truncated_dicom_file_fails_ingestion_naming_the_file()
    {
        SyntheticCases.WriteCase(caseRoot, ["portal"]);
        var victim = Directory.GetFiles(Path.Combine(caseRoot, "portal")).Order(StringComparer.Ordinal).ElementAt(3);
        var bytes = File.ReadAllBytes(victim);
        File.WriteAllBytes(victim, bytes[..(bytes.Length / 2)]);

        var failed = (await harness.RunAsync(caseRoot)).ExpectFailure();

        Assert.Equal(Stages.Ingestion, failed.Stage);
        Assert.Equal("dicom-malformed", failed.ErrorCode);
        Assert.Contains(Path.GetFileName(victim), failed.Reason);
        Assert.Contains("truncated", failed.Reason);
    }

    [Fact]
    public async Task Text_file_named_dcm_fails_ingestion_naming_the_file()
    {
        SyntheticCases.WriteCase(caseRoot, ["portal"]);
        File.WriteAllText(Path.Combine(caseRoot, "portal", "notes.dcm"), "this is a radiologist's note, not a DICOM instance\n");

        var failed = (await harness.RunAsync(caseRoot)).ExpectFailure();

        Assert.Equal(Stages.Ingestion, failed.Stage);
        Assert.Equal("dicom-malformed", failed.ErrorCode);
        Assert.Contains("notes.dcm", failed.Reason);
    }

    [Fact]
    public async Task Mask_on_a_grid_that_does_not_overlap_the_image_fails_ingestion_naming_the_mask()
    {
        SyntheticCases.WriteCase(caseRoot, ["portal"]);
        var mask = SyntheticCases.LesionMask();
        var g = mask.Geometry;
        var shifted = new Volume(new ImageGeometry(g.SizeX, g.SizeY, g.SizeZ, g.Spacing, [g.Origin[0] + 500, g.Origin[1], g.Origin[2]], g.Direction), mask.PixelType, mask.Voxels);
        NrrdWriter.Write(shifted, Path.Combine(caseRoot, "masks", "portal.nrrd"));

        var failed = (await harness.RunAsync(caseRoot)).ExpectFailure();

        Assert.Equal(Stages.Ingestion, failed.Stage);
        Assert.Equal("mask-no-overlap", failed.ErrorCode);
        Assert.Contains("portal.nrrd", failed.Reason);
        Assert.Contains("overlap", failed.Reason);
    }

    [Fact]
    public async Task Empty_mask_fails_ingestion_and_names_the_label()
    {
        SyntheticCases.WriteCase(caseRoot, ["portal"]);
        var mask = SyntheticCases.LesionMask();
        NrrdWriter.Write(new Volume(mask.Geometry, mask.PixelType, new double[mask.Voxels.Length]), Path.Combine(caseRoot, "masks", "portal.nrrd"));

        var failed = (await harness.RunAsync(caseRoot)).ExpectFailure();

        Assert.Equal(Stages.Ingestion, failed.Stage);
        Assert.Equal("mask-empty", failed.ErrorCode);
        Assert.Contains("portal.nrrd", failed.Reason);
        Assert.Contains("label 1", failed.Reason);
    }

    [Fact]
    public async Task Mask_reaching_beyond_a_series_with_missing_slices_is_refused_not_cut()
    {
        SyntheticCases.WriteCase(caseRoot, ["portal"]);
        foreach (var slice in Enumerable.Range(12, SyntheticCases.SizeZ - 12))
        {
            File.Delete(Path.Combine(caseRoot, "portal", $"slice_{slice:D4}.dcm")); // the lesion spans slices 6..14
        }

        var failed = (await harness.RunAsync(caseRoot)).ExpectFailure();

        Assert.Equal(Stages.Ingestion, failed.Stage);
        Assert.Equal("mask-outside", failed.ErrorCode);
        Assert.Contains("portal.nrrd", failed.Reason);
        Assert.Contains("outside the image", failed.Reason);
    }

    [Fact]
    public async Task Series_too_thin_for_the_models_LoG_features_fails_preprocessing_saying_why()
    {
        SyntheticCases.WriteCase(caseRoot, ["portal"]);
        foreach (var slice in Enumerable.Range(0, SyntheticCases.SizeZ).Where(z => z != 10))
        {
            File.Delete(Path.Combine(caseRoot, "portal", $"slice_{slice:D4}.dcm"));
        }

        var mask = SyntheticCases.LesionMask();
        var g = mask.Geometry;
        var oneSlice = new Volume(new ImageGeometry(g.SizeX, g.SizeY, 1, g.Spacing, [g.Origin[0], g.Origin[1], g.Origin[2] + (10 * g.Spacing[2])], g.Direction),
            mask.PixelType, mask.Voxels[(10 * g.SizeX * g.SizeY)..(11 * g.SizeX * g.SizeY)]);
        NrrdWriter.Write(oneSlice, Path.Combine(caseRoot, "masks", "portal.nrrd"));

        var failed = (await harness.RunAsync(caseRoot)).ExpectFailure();

        Assert.Equal(Stages.Preprocessing, failed.Stage);
        Assert.Equal("image-too-small", failed.ErrorCode);
        Assert.Contains("log-sigma", failed.Reason);
    }

    [Fact]
    public async Task Mask_that_is_not_a_volume_file_fails_ingestion_naming_the_mask()
    {
        SyntheticCases.WriteCase(caseRoot, ["portal"]);
        File.WriteAllText(Path.Combine(caseRoot, "masks", "portal.nrrd"), "not a NRRD file\n");

        var failed = (await harness.RunAsync(caseRoot)).ExpectFailure();

        Assert.Equal(Stages.Ingestion, failed.Stage);
        Assert.Equal("mask-malformed", failed.ErrorCode);
        Assert.Contains(Path.Combine(caseRoot, "masks", "portal.nrrd"), failed.Reason);
    }

    [Fact]
    public async Task Clinical_file_without_albumin_fails_ingestion_naming_the_field()
    {
        SyntheticCases.WriteCase(caseRoot, ["portal"], clinical: new { BMI = 23.5, MVI = "absent", PV = "absent" });

        var failed = (await harness.RunAsync(caseRoot)).ExpectFailure();

        Assert.Equal(Stages.Ingestion, failed.Stage);
        Assert.Equal("clinical-invalid", failed.ErrorCode);
        Assert.Contains("clinical.json", failed.Reason);
        Assert.Contains("'ALB'", failed.Reason);
        Assert.Contains("missing", failed.Reason);
    }

    [Fact]
    public async Task Albumin_of_4_1_is_refused_as_a_likely_unit_error()
    {
        SyntheticCases.WriteCase(caseRoot, ["portal"], clinical: new { BMI = 23.5, MVI = "absent", PV = "absent", ALB = 4.1 });

        var failed = (await harness.RunAsync(caseRoot)).ExpectFailure();

        Assert.Equal(Stages.Ingestion, failed.Stage);
        Assert.Equal("clinical-invalid", failed.ErrorCode);
        Assert.Contains("'ALB' = 4.1", failed.Reason);
        Assert.Contains("g/dL", failed.Reason);
    }

    [Fact]
    public async Task Case_without_the_phase_the_model_needs_fails_scoring_naming_the_phase()
    {
        SyntheticCases.WriteCase(caseRoot, ["arterial"]);

        var failed = (await harness.RunAsync(caseRoot)).ExpectFailure();

        Assert.Equal(Stages.Scoring, failed.Stage);
        Assert.Contains("portal", failed.Reason);
    }

    [Fact]
    public async Task Missing_case_folder_fails_ingestion()
    {
        var failed = (await harness.RunAsync(Path.Combine(caseRoot, "nowhere"))).ExpectFailure();

        Assert.Equal(Stages.Ingestion, failed.Stage);
        Assert.Equal("case-not-found", failed.ErrorCode);
    }
}
