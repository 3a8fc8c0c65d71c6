using HccMesh.Modeling.Artifacts;
using HccMesh.ServiceDefaults.Failures;
using Microsoft.Extensions.Options;

namespace HccMesh.ServiceDefaults.Models;

/// <summary>The model artifacts in HccMesh:Pipeline:ModelsDirectory, found by id (highest version wins).</summary>
public sealed class ModelCatalog(IOptions<HccMeshOptions> options)
{
    public ModelArtifact Get(string modelId)
    {
        var directory = Path.GetFullPath(options.Value.Pipeline.ModelsDirectory, AppContext.BaseDirectory);
        if (!Directory.Exists(directory))
        {
            throw new StudyInputException("model-missing", $"Models folder '{directory}' (HccMesh:Pipeline:ModelsDirectory) does not exist.");
        }

        var candidates = Directory.EnumerateFiles(directory, modelId + "-*.json")
            .Select(ModelArtifactJson.Load)
            .Where(a => a.Id == modelId)
            .OrderByDescending(a => Version.TryParse(a.Version, out var v) ? v : new Version(0, 0))
            .ToList();
        return candidates.FirstOrDefault()
            ?? throw new StudyInputException("model-missing", $"No artifact with id '{modelId}' in '{directory}'.");
    }
}
