using HccMesh.Dicom;
using HccMesh.Imaging;
using HccMesh.Imaging.Resampling;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Scoring;
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
        DicomUnsupportedTransferSyntaxException e => ("dicom-unsupported", e.Message),
        DicomSeriesException e => ("dicom-series-invalid", e.Message),
        DicomFormatException e => ("dicom-malformed", e.Message),
        ImageFormatException e => ("image-malformed", e.Message),
        MaskRegionException e => ("mask-" + e.Reason, e.Message),
        GeometryException e => ("geometry-invalid", e.Message),
        RadiomicsException e => ("radiomics-refused", e.Message),
        ModelArtifactException e => ("model-invalid", e.Message),
        ScoringInputException e => ("scoring-input-invalid", e.Message),
        _ => null,
    };
}
