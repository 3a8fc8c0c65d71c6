namespace HccMesh.Dicom;

/// <summary>
/// Encapsulated (compressed) Pixel Data: an undefined-length element holding the Basic Offset
/// Table and one or more fragments (PS3.5 section A.4). Decoding is not supported here.
/// </summary>
public sealed class DicomFragmentSequence(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> offsetTable, IReadOnlyList<ReadOnlyMemory<byte>> fragments)
    : DicomElement(tag, vr, ReadOnlyMemory<byte>.Empty)
{
    public ReadOnlyMemory<byte> OffsetTable { get; } = offsetTable;

    public IReadOnlyList<ReadOnlyMemory<byte>> Fragments { get; } = fragments;

    public override string ToString() => $"{Tag} {VR} encapsulated, {Fragments.Count} fragments";
}
