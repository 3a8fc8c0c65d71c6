using HccMesh.Imaging;
using HccMesh.Modeling.Artifacts;
using HccMesh.Radiomics;

namespace HccMesh.ServiceDefaults.Failures;

/// <summary>
/// Decides whether an exception is a refusal of the study's input (publish StudyFailed at once, no retry)
/// and which stable error code it gets. Anything else is treated as transient: retried, then faulted.
/// </summary>
public static class FailureClassifier
{
    public static (string Code, string Reason)? AsInputFailure(Exception exception) => exception switch
    {
        StudyInputException e => (e.ErrorCode, e.Message),
        ImageFormatException e when e.GetType().Namespace == "HccMesh.Dicom" => ("dicom-malformed", e.Message),
        ImageFormatException e => ("image-malformed", e.Message),
        GeometryException e => ("geometry-invalid", e.Message),
        RadiomicsException e => ("radiomics-refused", e.Message),
        ModelArtifactException e => ("model-invalid", e.Message),
        _ => null,
    };
}
