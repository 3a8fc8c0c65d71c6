namespace HccMesh.Dicom;

/// <summary>A transfer syntax: how a data set is byte-encoded (PS3.5 section 10, PS3.6 annex A).</summary>
public sealed record DicomTransferSyntax(string Uid, string Name, bool IsExplicitVR, bool IsLittleEndian, bool IsDeflated, bool IsEncapsulated)
{
    public static readonly DicomTransferSyntax ImplicitVRLittleEndian = new("1.2.840.10008.1.2", "Implicit VR Little Endian", false, true, false, false);

    public static readonly DicomTransferSyntax ExplicitVRLittleEndian = new("1.2.840.10008.1.2.1", "Explicit VR Little Endian", true, true, false, false);

    public static readonly DicomTransferSyntax DeflatedExplicitVRLittleEndian = new("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", true, true, true, false);

    public static readonly DicomTransferSyntax ExplicitVRBigEndian = new("1.2.840.10008.1.2.2", "Explicit VR Big Endian (retired)", true, false, false, false);

    private static readonly Dictionary<string, DicomTransferSyntax> Known = new[]
    {
        ImplicitVRLittleEndian,
        ExplicitVRLittleEndian,
        DeflatedExplicitVRLittleEndian,
        ExplicitVRBigEndian,
        Encapsulated("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)"),
        Encapsulated("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)"),
        Encapsulated("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)"),
        Encapsulated("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])"),
        Encapsulated("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression"),
        Encapsulated("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression"),
        Encapsulated("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)"),
        Encapsulated("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression"),
        Encapsulated("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)"),
        Encapsulated("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression"),
        Encapsulated("1.2.840.10008.1.2.5", "RLE Lossless"),
        Encapsulated("1.2.840.10008.1.2.8.1", "Deflated Image Frame Compression"),
    }.ToDictionary(ts => ts.Uid, StringComparer.Ordinal);

    /// <summary>True when the pixel data of this syntax can be decoded by <see cref="DicomPixelDecoder"/>.</summary>
    public bool IsUncompressed => !IsEncapsulated;

    /// <summary>The syntax with this UID; an unknown UID is treated as an encapsulated (compressed) explicit VR LE syntax, as the standard requires of new syntaxes.</summary>
    public static DicomTransferSyntax FromUid(string uid) =>
        Known.TryGetValue(uid, out var ts) ? ts : Encapsulated(uid, "unknown transfer syntax");

    public override string ToString() => $"{Name} ({Uid})";

    private static DicomTransferSyntax Encapsulated(string uid, string name) => new(uid, name, true, true, false, true);
}
