namespace HccMesh.Scoring.State;

/// <summary>A preprocessed phase: which image types to expect, and its PhasePreprocessed message as JSON.</summary>
public sealed class PhaseRecord
{
    public Guid StudyId { get; set; }

    public string Phase { get; set; } = string.Empty;

    public int ExpectedImageTypes { get; set; }

    public string PreprocessedJson { get; set; } = string.Empty;
}
