namespace HccMesh.Contracts;

/// <summary>Names of the pipeline stages, as they appear in <see cref="V1.StudyFailed.Stage"/> and in progress output.</summary>
public static class Stages
{
    public const string Ingestion = "ingestion";
    public const string Preprocessing = "preprocessing";
    public const string FeatureExtraction = "feature-extraction";
    public const string Scoring = "scoring";
    public const string Reporting = "reporting";
}
