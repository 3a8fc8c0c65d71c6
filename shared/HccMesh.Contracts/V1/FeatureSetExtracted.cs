namespace HccMesh.Contracts.V1;

/// <summary>Features of one phase x image type, stored as a PyRadiomics-style CSV (feature,value).</summary>
public sealed record FeatureSetExtracted(
    Guid StudyId,
    string Phase,
    string ImageType,
    string FeaturesKey,
    string FeaturesSha256,
    int FeatureCount,
    double ElapsedMilliseconds) : IStudyMessage;
