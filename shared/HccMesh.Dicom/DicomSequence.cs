namespace HccMesh.Dicom;

/// <summary>A sequence (VR SQ) element: an ordered list of item data sets.</summary>
public sealed class DicomSequence(DicomTag tag, IReadOnlyList<DicomDataset> items)
    : DicomElement(tag, DicomVR.SQ, ReadOnlyMemory<byte>.Empty)
{
    public IReadOnlyList<DicomDataset> Items { get; } = items;

    public override string ToString() => $"{Tag} SQ {Items.Count} items";
}
