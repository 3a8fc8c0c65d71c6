namespace HccMesh.Contracts.V1;

/// <summary>
/// A stage could not go on. <see cref="ErrorCode"/> is a stable machine-readable code
/// (e.g. "clinical-invalid", "dicom-malformed", "mask-empty", "mask-no-overlap"); <see cref="Reason"/>
/// is the human sentence naming the file and field. Never silence.
/// </summary>
public sealed record StudyFailed(
    Guid StudyId,
    string Stage,
    string ErrorCode,
    string Reason,
    DateTimeOffset FailedAt) : IStudyMessage;
