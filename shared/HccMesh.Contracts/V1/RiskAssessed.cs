namespace HccMesh.Contracts.V1;

/// <summary>
/// The public event downstream systems subscribe to: a study's risk of extrahepatic metastasis.
/// <see cref="Flags"/> carries every caveat of the model (e.g. "intercept-estimated", "demo-reference-not-for-clinical-use").
/// </summary>
public sealed record RiskAssessed(
    Guid StudyId,
    string StudyKey,
    string StudyKeySource,
    string ModelId,
    string ModelVersion,
    double Radscore,
    double Probability,
    string RiskGroup,
    double RiskCutoff,
    IReadOnlyList<string> Flags,
    string AssessmentKey,
    string TraceId,
    DateTimeOffset AssessedAt) : IStudyMessage;
