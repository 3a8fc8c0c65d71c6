using HccMesh.Modeling.Statistics.Reliability;

namespace HccMesh.Modeling.Development;

/// <summary>ICC of every candidate feature between the two segmentations and the features that passed.</summary>
public sealed record IccScreenResult(
    IccForm Form,
    double Threshold,
    int Subjects,
    string RepeatSource,
    IReadOnlyList<FeatureIcc> Features,
    IReadOnlyList<string> Kept);

/// <summary>One feature's ICC; <see cref="Estimate"/> is null when the feature has no variance in the repeat subjects.</summary>
public sealed record FeatureIcc(string Feature, IccEstimate? Estimate);
