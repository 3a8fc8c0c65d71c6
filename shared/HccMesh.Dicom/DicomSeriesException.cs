namespace HccMesh.Dicom;

/// <summary>
/// Readable DICOM files that do not form one regular volume (mixed series, gaps, duplicates,
/// tilted or mixed orientations). <see cref="HccMesh.Imaging.ImageFormatException.FilePath"/> is the folder or first file.
/// </summary>
public sealed class DicomSeriesException(string source, string message) : DicomFormatException(source, message);
