namespace HccMesh.Contracts;

/// <summary>
/// Every pipeline message belongs to one study. <see cref="StudyId"/> is a random GUID minted at
/// ingestion; it and <see cref="StudyKey"/> (StudyInstanceUID, or a content hash when the UID is
/// empty) are the only study identifiers that travel. No patient name or ID is ever carried.
/// Messages carry object-store keys and hashes, never voxels (claim check).
/// </summary>
public interface IStudyMessage
{
    Guid StudyId { get; }
}
