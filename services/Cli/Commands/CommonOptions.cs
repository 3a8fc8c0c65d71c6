using System.CommandLine;

namespace HccMesh.Cli.Commands;

/// <summary>Options shared by the commands that start the embedded host; each maps to one configuration key.</summary>
public static class CommonOptions
{
    private static readonly Option<string?> Store = new("--store") { Description = "Object-store folder (HccMesh:Storage:Root)." };
    private static readonly Option<string?> Model = new("--model") { Description = "Model artifact id (HccMesh:Pipeline:ModelId)." };
    private static readonly Option<string?> Settings = new("--settings") { Description = "PyRadiomics parameter file (HccMesh:Pipeline:SettingsFile)." };

    public static void AddTo(Command command)
    {
        command.Options.Add(Store);
        command.Options.Add(Model);
        command.Options.Add(Settings);
    }

    public static IReadOnlyDictionary<string, string?> Overrides(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(Store) is { } store)
        {
            overrides["HccMesh:Storage:Root"] = Path.GetFullPath(store);
        }

        if (parse.GetValue(Model) is { } model)
        {
            overrides["HccMesh:Pipeline:ModelId"] = model;
        }

        if (parse.GetValue(Settings) is { } settings)
        {
            overrides["HccMesh:Pipeline:SettingsFile"] = Path.GetFullPath(settings);
        }

        return overrides;
    }
}
