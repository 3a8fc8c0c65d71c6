using HccMesh.Ingestion.Cases;

namespace HccMesh.Pipeline.Tests;

/// <summary>Case folders and manifests resolve to absolute paths, labels and clinical values, or are refused naming the field.</summary>
public sealed class CaseReaderTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "hccmesh-cases-" + Guid.NewGuid().ToString("N"));

    public CaseReaderTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "portal"));
        Directory.CreateDirectory(Path.Combine(root, "masks"));
        File.WriteAllText(Path.Combine(root, "masks", "portal.nii.gz"), "mask bytes are not read here");
        File.WriteAllText(Path.Combine(root, "clinical.json"), """{"BMI": 22, "MVI": "present", "PV": "absent", "ALB": 38}""");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Folder_layout_finds_the_dicom_phase_its_mask_and_the_clinical_values()
    {
        var c = CaseReader.Read(root);

        var phase = Assert.Single(c.Phases);
        Assert.Equal(("portal", "dicom", 1), (phase.Phase, phase.ImageFormat, phase.MaskLabel));
        Assert.Equal(Path.Combine(root, "masks", "portal.nii.gz"), phase.MaskPath);
        Assert.Equal((22.0, true, false, 38.0), (c.Clinical.BmiKgPerM2, c.Clinical.Mvi, c.Clinical.Pv, c.Clinical.AlbuminGramsPerLitre));
    }

    [Fact]
    public void Case_json_without_phases_sets_the_label_of_the_folder_layout()
    {
        File.WriteAllText(Path.Combine(root, "case.json"), """{"maskLabel": 5}""");

        Assert.Equal(5, Assert.Single(CaseReader.Read(root).Phases).MaskLabel);
    }

    [Fact]
    public void Manifest_paths_expand_variables_with_defaults_relative_to_the_manifest()
    {
        var manifest = Path.Combine(root, "m.json");
        File.WriteAllText(manifest, """
            { "maskLabel": 3,
              "phases": { "portal": { "image": "${HCCMESH_TEST_UNSET_VARIABLE:-.}/portal", "mask": "masks/portal.nii.gz", "maskLabel": 7 } },
              "clinical": { "BMI": 30, "MVI": "absent", "PV": "present", "ALB": 45 } }
            """);

        var c = CaseReader.Read(manifest);

        var phase = Assert.Single(c.Phases);
        Assert.Equal(Path.Combine(root, "portal"), phase.ImagePath);
        Assert.Equal(7, phase.MaskLabel);
        Assert.True(c.Clinical.Pv);
    }

    [Theory]
    [InlineData("""{"phases": {"venous": {"image": "portal", "mask": "masks/portal.nii.gz"}}}""", "unknown phase 'venous'")]
    [InlineData("""{"phases": {"portal": {"image": "nowhere", "mask": "masks/portal.nii.gz"}}}""", "phases.portal.image")]
    [InlineData("""{"phases": {"portal": {"image": "portal", "mask": "masks/portal.nii.gz", "maskLabel": 0}}}""", "phases.portal.maskLabel")]
    [InlineData("""{"phases": {"portal": {"image": "${HCCMESH_TEST_UNSET_VARIABLE}/x", "mask": "masks/portal.nii.gz"}}}""", "HCCMESH_TEST_UNSET_VARIABLE")]
    [InlineData("""{"phases": {"portal": {"image": "portal"}}}""", "phases.portal.mask")]
    [InlineData("""{"phases": """, "not valid JSON")]
    public void Bad_manifest_is_refused_naming_the_field(string json, string expected)
    {
        var manifest = Path.Combine(root, "bad.json");
        File.WriteAllText(manifest, json);

        var e = Assert.Throws<CaseValidationException>(() => CaseReader.Read(manifest));

        Assert.Contains(expected, e.Message);
    }

    [Theory]
    [InlineData("""{"MVI": "present", "PV": "absent", "ALB": 38}""", "'BMI'")]
    [InlineData("""{"BMI": 22, "MVI": "yes", "PV": "absent", "ALB": 38}""", "'MVI'")]
    [InlineData("""{"BMI": 22, "MVI": "present", "PV": null, "ALB": 38}""", "'PV'")]
    [InlineData("""{"BMI": 22, "MVI": "present", "PV": "absent", "ALB": "38"}""", "'ALB'")]
    [InlineData("""{"BMI": 0, "MVI": "present", "PV": "absent", "ALB": 38}""", "'BMI' = 0")]
    [InlineData("""{"BMI": 22, "MVI": "present", "PV": "absent", "ALB": 61}""", "'ALB' = 61")]
    [InlineData("""{"BMI": 22, "MVI": "present", "PV": "absent", "ALB": 39.5, "ALB": 4.1}""", "given 2 times")]
    public void Bad_clinical_values_are_refused_naming_the_field(string json, string expected)
    {
        File.WriteAllText(Path.Combine(root, "clinical.json"), json);

        var e = Assert.Throws<CaseValidationException>(() => CaseReader.Read(root));

        Assert.Equal("clinical-invalid", e.ErrorCode);
        Assert.Contains("clinical.json", e.Message);
        Assert.Contains(expected, e.Message);
    }
}
