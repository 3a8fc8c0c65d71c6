namespace HccMesh.Dicom;

/// <summary>
/// One data element. <see cref="Value"/> holds the raw value bytes in little-endian order
/// (big-endian input is swapped when parsed), including any even-length padding.
/// </summary>
public class DicomElement(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> value)
{
    public DicomTag Tag { get; } = tag;

    public DicomVR VR { get; } = vr;

    public ReadOnlyMemory<byte> Value { get; } = value;

    public override string ToString() => $"{Tag} {VR} {Value.Length} bytes";
}
