namespace HccMesh.Scoring.State;

/// <summary>One extracted feature set. The (study, phase, image type) key makes a redelivered message count once.</summary>
public sealed class FeatureSetRecord
{
    public Guid StudyId { get; set; }

    public string Phase { get; set; } = string.Empty;

    public string ImageType { get; set; } = string.Empty;

    public string FeaturesKey { get; set; } = string.Empty;

    public string FeaturesSha256 { get; set; } = string.Empty;

    public int FeatureCount { get; set; }

    public double ElapsedMilliseconds { get; set; }
}
