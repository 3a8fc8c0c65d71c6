using HccMesh.Imaging;

namespace HccMesh.Dicom;

/// <summary>
/// Bytes that are not a readable DICOM file or data set (truncated, bad length, not DICOM).
/// The message names the source and what is wrong; it never carries patient identifiers.
/// </summary>
public class DicomFormatException(string source, string message, Exception? inner = null)
    : ImageFormatException(source, message, inner);
