using HccMesh.TestData;
using System.Text.Json.Nodes;
using HccMesh.Modeling.Artifacts;

namespace HccMesh.Modeling.Tests;

public class ArtifactValidationTests
{
    private static JsonObject PublishedJson() =>
        JsonNode.Parse(File.ReadAllText(RepositoryFiles.PublishedArtifactPath))!.AsObject();

    private static JsonObject DemoJson() =>
        JsonNode.Parse(ModelArtifactJson.ToJson(TestArtifacts.Demo()))!.AsObject();

    private static ModelArtifactException Refused(JsonObject json) =>
        Assert.Throws<ModelArtifactException>(() => ModelArtifactJson.Parse(json.ToJsonString()));

    [Fact]
    public void Unknown_feature_scale_is_refused_naming_the_field()
    {
        var json = PublishedJson();
        json["radscore"]!["featureScale"] = "zscore";
        var e = Refused(json);
        Assert.Equal("radscore.featureScale", e.Field);
        Assert.Contains("'zscore'", e.Message);
    }

    [Fact]
    public void Standardized_without_statistics_or_declared_reason_is_refused()
    {
        var json = PublishedJson();
        json["radscore"]!.AsObject().Remove("standardizationMissingReason");
        var e = Refused(json);
        Assert.Equal("radscore.standardization", e.Field);
        Assert.Contains("mean and sd", e.Message);
    }

    [Fact]
    public void Raw_scale_with_statistics_is_refused()
    {
        var json = DemoJson();
        json["radscore"]!["featureScale"] = "raw";
        Assert.Equal("radscore.standardization", Refused(json).Field);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.5)]
    public void Non_positive_sd_is_refused_naming_the_feature(double sd)
    {
        var json = DemoJson();
        json["radscore"]!["standardization"]!["features"]![3]!["sd"] = sd;
        var e = Refused(json);
        Assert.Equal("radscore.standardization.features[3].sd", e.Field);
        Assert.Contains("portal/wavelet-HHL_glszm_ZoneEntropy", e.Message);
    }

    [Fact]
    public void Statistics_not_covering_every_feature_are_refused()
    {
        var json = DemoJson();
        json["radscore"]!["standardization"]!["features"]!.AsArray().RemoveAt(8);
        var e = Refused(json);
        Assert.Equal("radscore.standardization.features", e.Field);
        Assert.Contains("wavelet-LLL_glcm_MaximumProbability", e.Message);
    }

    [Fact]
    public void Binary_variable_without_coding_is_refused()
    {
        var json = PublishedJson();
        json["clinicalVariables"]![1]!.AsObject().Remove("coding");
        var e = Refused(json);
        Assert.Equal("clinicalVariables[1].coding", e.Field);
        Assert.Contains("MVI", e.Message);
    }

    [Fact]
    public void Duplicate_radscore_feature_is_refused()
    {
        var json = PublishedJson();
        var features = json["radscore"]!["features"]!.AsArray();
        features.Add(features[2]!.DeepClone());
        var e = Refused(json);
        Assert.Equal("radscore.features[9]", e.Field);
        Assert.Contains("duplicate feature 'portal/wavelet-HLH_glszm_LargeAreaHighGrayLevelEmphasis'", e.Message);
        Assert.Contains("radscore.features[2]", e.Message);
    }

    [Fact]
    public void Same_feature_from_another_phase_is_not_a_duplicate()
    {
        var json = PublishedJson();
        var features = json["radscore"]!["features"]!.AsArray();
        var copy = features[2]!.DeepClone();
        copy["phase"] = "arterial";
        features.Add(copy);
        var artifact = ModelArtifactJson.Parse(json.ToJsonString());
        Assert.Equal(10, artifact.Radscore.Features.Count);
    }

    [Fact]
    public void Unknown_phase_is_refused()
    {
        var json = PublishedJson();
        json["radscore"]!["features"]![0]!["phase"] = "venous";
        Assert.Equal("radscore.features[0].phase", Refused(json).Field);
    }

    [Fact]
    public void Coefficient_disagreeing_with_ln_odds_ratio_is_refused()
    {
        var json = PublishedJson();
        json["combinedModel"]!["terms"]![0]!["coefficient"] = 0.201; // the OR itself, not ln(OR)
        var e = Refused(json);
        Assert.Equal("combinedModel.terms[0].coefficient", e.Field);
    }

    [Fact]
    public void Flags_that_do_not_match_the_content_are_refused()
    {
        var json = PublishedJson();
        json["flags"]!.AsArray().RemoveAt(0);
        Assert.Equal("flags", Refused(json).Field);
    }

    [Fact]
    public void Unknown_property_is_refused_with_its_path()
    {
        var json = PublishedJson();
        json["radscore"]!["scale"] = "raw";
        var e = Refused(json);
        Assert.Contains("scale", e.Message);
    }

    [Fact]
    public void Missing_required_property_is_refused()
    {
        var json = PublishedJson();
        json.Remove("riskCutoff");
        var e = Refused(json);
        Assert.Contains("riskCutoff", e.Message);
    }

    [Fact]
    public void Estimated_intercept_without_method_is_refused()
    {
        var json = PublishedJson();
        json["clinicalModel"]!.AsObject().Remove("interceptMethod");
        Assert.Equal("clinicalModel.interceptMethod", Refused(json).Field);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("v1.0.0")]
    public void Version_that_is_not_semver_is_refused(string version)
    {
        var json = PublishedJson();
        json["version"] = version;
        Assert.Equal("version", Refused(json).Field);
    }

    [Fact]
    public void Malformed_settings_hash_is_refused()
    {
        var json = PublishedJson();
        json["settings"]!["sha256"] = "ABC";
        Assert.Equal("settings.sha256", Refused(json).Field);
    }

    [Fact]
    public void Refusal_from_a_file_names_the_file_and_the_field_once()
    {
        var json = PublishedJson();
        json["riskCutoff"]!["probability"] = 1.5;
        var path = Path.Combine(Path.GetTempPath(), $"artifact-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json.ToJsonString());
        try
        {
            var e = Assert.Throws<ModelArtifactException>(() => ModelArtifactJson.Load(path));
            Assert.Equal("riskCutoff.probability", e.Field);
            Assert.Equal($"model artifact field 'riskCutoff.probability': must lie strictly between 0 and 1 (found 1.5) (file {Path.GetFileName(path)})", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Save_then_load_round_trips()
    {
        var original = TestArtifacts.Demo();
        using var stream = new MemoryStream();
        ModelArtifactJson.Save(original, stream);
        stream.Position = 0;
        var copy = ModelArtifactJson.Load(stream);
        Assert.Equal(ModelArtifactJson.ToJson(original), ModelArtifactJson.ToJson(copy));
        Assert.Equal(original.Radscore.Standardization!.Features, copy.Radscore.Standardization!.Features);
    }

    [Fact]
    public void Shipped_file_equals_its_reserialisation()
    {
        // Guards against hand edits that the loader would silently drop or normalise.
        var text = File.ReadAllText(RepositoryFiles.PublishedArtifactPath).ReplaceLineEndings("\n").TrimEnd('\n');
        var reserialised = ModelArtifactJson.ToJson(TestArtifacts.Published()).ReplaceLineEndings("\n");
        Assert.Equal(JsonNode.Parse(text)!.ToJsonString(), JsonNode.Parse(reserialised)!.ToJsonString());
    }
}
