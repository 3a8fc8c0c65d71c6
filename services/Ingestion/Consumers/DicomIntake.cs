using HccMesh.Dicom;

namespace HccMesh.Ingestion.Consumers;

/// <summary>What ingestion needs of a DICOM instance before it is stored: proof that it parses, and its study UID.</summary>
public static class DicomIntake
{
    /// <summary>Parses the whole instance (a truncated or non-DICOM file fails here, naming the file).</summary>
    public static DicomIntakeHeader Check(string path, byte[] bytes)
    {
        var file = DicomFile.Parse(bytes, path);
        var uid = file.Dataset.GetString(DicomTags.StudyInstanceUid)?.Trim();
        return new DicomIntakeHeader(string.IsNullOrEmpty(uid) ? null : uid);
    }
}

public sealed record DicomIntakeHeader(string? StudyInstanceUid);
