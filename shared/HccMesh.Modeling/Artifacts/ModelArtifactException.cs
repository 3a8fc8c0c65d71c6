namespace HccMesh.Modeling.Artifacts;

/// <summary>An artifact that is malformed, inconsistent, or cannot be used for scoring. Names the field.</summary>
public class ModelArtifactException(string field, string detail, Exception? inner = null)
    : Exception($"model artifact field '{field}': {detail}", inner)
{
    /// <summary>JSON path of the offending field, e.g. "radscore.features[2].coefficient".</summary>
    public string Field { get; } = field;

    /// <summary>The message without the field prefix.</summary>
    public string Detail { get; } = detail;
}
