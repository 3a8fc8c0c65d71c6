using HccMesh.ServiceDefaults.Failures;

namespace HccMesh.Ingestion.Cases;

/// <summary>A case folder or manifest that cannot be taken in. <see cref="ErrorCode"/> goes into StudyFailed.</summary>
public sealed class CaseValidationException(string errorCode, string message) : StudyInputException(errorCode, message);
