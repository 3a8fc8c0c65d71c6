namespace HccMesh.ServiceDefaults.Failures;

/// <summary>Input of a study that a stage refuses (not retried). <see cref="ErrorCode"/> goes into StudyFailed.</summary>
public class StudyInputException(string errorCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public string ErrorCode { get; } = errorCode;
}
