using System.CommandLine;
using HccMesh.Modeling.Artifacts;

namespace HccMesh.Cli.Commands;

/// <summary><c>hccmesh model ...</c>: work on model artifacts.</summary>
public static class ModelCommand
{
    public static Command Create()
    {
        var command = new Command("model", "Model artifacts: build the demo artifact, standardise a model on local reference cases, recalibrate it on local outcomes.");
        command.Subcommands.Add(BuildDemo());
        command.Subcommands.Add(ModelStandardizeCommand.Create());
        command.Subcommands.Add(ModelRecalibrateCommand.Create());
        return command;
    }

    private static Command BuildDemo()
    {
        var testData = new Option<string>("--testdata") { Description = "Test-data folder (default: $HCCMESH_TESTDATA, else ../shared/testdata).", DefaultValueFactory = _ => DemoReferenceRegions.DefaultTestDataRoot() };
        var output = new Option<string>("--out") { Description = "Where to write the demo artifact.", DefaultValueFactory = _ => Path.Combine(AppContext.BaseDirectory, "Models", DemoArtifactBuilder.DemoId + "-1.0.0.json") };
        var command = new Command("build-demo", "Standardisation statistics of the radscore features over the freely licensed CT regions in the test data (TotalSegmentator organs, IBSI sarcoma), applied to the published radscore.");
        command.Options.Add(testData);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var published = ModelArtifactJson.Load(Path.Combine(AppContext.BaseDirectory, "Models", "hcc-ehm-published-1.0.0.json"));
            var rows = DemoReferenceRegions.Extract(published, parse.GetValue(testData)!, Console.Out);
            var demo = DemoArtifactBuilder.FromPublished(published, rows, DemoReferenceRegions.SourceDescription(rows.Count));
            ModelArtifactJson.Save(demo, parse.GetValue(output)!);
            Console.WriteLine($"demo artifact written: {parse.GetValue(output)} ({rows.Count} reference regions)");
            return 0;
        });
        return command;
    }
}
