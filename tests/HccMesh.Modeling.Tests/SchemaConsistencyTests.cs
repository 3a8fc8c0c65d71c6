using HccMesh.TestData;
using System.Text.Json.Nodes;

namespace HccMesh.Modeling.Tests;

/// <summary>
/// The JSON Schema is documentation for other tools; these tests keep it in step with the records:
/// every property the serializer writes is declared, and every required property is written.
/// </summary>
public class SchemaConsistencyTests
{
    private static readonly JsonObject Schema =
        JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("shared", "HccMesh.Modeling", "Models", "schema", "model-artifact.schema.json")))!.AsObject();

    private static readonly JsonObject Demo =
        JsonNode.Parse(HccMesh.Modeling.Artifacts.ModelArtifactJson.ToJson(TestArtifacts.Demo()))!.AsObject();

    public static TheoryData<string, string> ObjectsAndSchemaPaths => new()
    {
        { "", "" },
        { "settings", "properties.settings" },
        { "demo", "properties.demo" },
        { "radscore", "properties.radscore" },
        { "radscore.features[0]", "$defs.radscoreFeature" },
        { "radscore.standardization", "$defs.standardization" },
        { "radscore.standardization.features[0]", "$defs.standardization.properties.features.items" },
        { "clinicalVariables[1]", "$defs.clinicalVariable" },
        { "combinedModel", "$defs.logisticModel" },
        { "combinedModel.terms[0]", "$defs.logisticModel.properties.terms.items" },
        { "riskCutoff", "properties.riskCutoff" },
    };

    [Theory]
    [MemberData(nameof(ObjectsAndSchemaPaths))]
    public void Written_properties_are_declared_and_required_ones_are_written(string objectPath, string schemaPath)
    {
        var written = Navigate(Demo, objectPath).AsObject();
        var schema = schemaPath.Length == 0 ? Schema : Navigate(Schema, schemaPath).AsObject();
        var declared = schema["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        foreach (var (name, _) in written)
        {
            Assert.Contains(name, declared);
        }

        foreach (var required in schema["required"]!.AsArray().Select(r => r!.GetValue<string>()))
        {
            Assert.True(written.ContainsKey(required), $"required '{required}' not written at '{objectPath}'");
        }
    }

    private static JsonNode Navigate(JsonNode root, string path)
    {
        var node = root;
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[');
            if (bracket < 0)
            {
                node = node[part]!;
            }
            else
            {
                node = node[part[..bracket]]![int.Parse(part[(bracket + 1)..^1])]!;
            }
        }

        return node;
    }
}
