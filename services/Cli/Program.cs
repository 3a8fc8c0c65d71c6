using System.CommandLine;
using HccMesh.Cli.Commands;

var root = new RootCommand("HccMesh: CT radiomics risk of extrahepatic metastasis after hepatectomy (embedded mode).");
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(ModelCommand.Create());
root.Subcommands.Add(FeaturesCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
root.Subcommands.Add(HccMesh.Cli.Bench.BenchCommand.Create());
return await root.Parse(args).InvokeAsync();
