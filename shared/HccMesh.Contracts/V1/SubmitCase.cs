namespace HccMesh.Contracts.V1;

/// <summary>
/// Command to Ingestion: take the case folder or manifest at <see cref="CasePath"/> (a path the
/// ingestion host can read), validate it, copy its pieces into the object store and start the study.
/// </summary>
public sealed record SubmitCase(Guid StudyId, string CasePath, DateTimeOffset SubmittedAt) : IStudyMessage;
