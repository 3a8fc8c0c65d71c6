using System.Buffers.Binary;
using System.IO.Compression;

namespace HccMesh.Dicom;

/// <summary>
/// A DICOM Part 10 file (PS3.10 section 7): 128-byte preamble, "DICM", the file meta group in
/// explicit VR little endian, then the data set in the transfer syntax named by (0002,0010).
/// A file without preamble is accepted only when it is a raw implicit-VR little-endian data set
/// starting with a group 0008 element (DCMTK's fallback); anything else is refused.
/// </summary>
public sealed class DicomFile
{
    private const int PreambleLength = 128;

    private DicomFile(string source, DicomDataset fileMetaInformation, DicomDataset dataset, DicomTransferSyntax transferSyntax, bool hadPreamble)
    {
        Source = source;
        FileMetaInformation = fileMetaInformation;
        Dataset = dataset;
        TransferSyntax = transferSyntax;
        HadPreamble = hadPreamble;
    }

    public string Source { get; }

    /// <summary>Group 0002 elements; empty for a raw data set without preamble.</summary>
    public DicomDataset FileMetaInformation { get; }

    public DicomDataset Dataset { get; }

    public DicomTransferSyntax TransferSyntax { get; }

    public bool HadPreamble { get; }

    /// <summary>Reads and parses a file. All failures are <see cref="DicomFormatException"/> naming the file.</summary>
    public static DicomFile Open(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DicomFormatException(path, "cannot be read: " + ex.Message, ex);
        }

        return Parse(bytes, path);
    }

    /// <summary>Parses Part 10 bytes (e.g. a C-STORE payload written as a file, an upload).</summary>
    public static DicomFile Parse(ReadOnlyMemory<byte> bytes, string source)
    {
        if (bytes.Length == 0)
        {
            throw new DicomFormatException(source, "not a DICOM file: it is empty (0 bytes).");
        }

        if (bytes.Length >= PreambleLength + 4 && bytes.Span.Slice(PreambleLength, 4).SequenceEqual("DICM"u8))
        {
            return ParsePart10(bytes, source);
        }

        if (LooksLikeRawImplicitDataset(bytes.Span))
        {
            var raw = DicomDatasetParser.Parse(bytes, DicomTransferSyntax.ImplicitVRLittleEndian, source);
            return new DicomFile(source, new DicomDataset(source), raw, DicomTransferSyntax.ImplicitVRLittleEndian, hadPreamble: false);
        }

        if (bytes.Length >= 8 && BinaryPrimitives.ReadUInt16LittleEndian(bytes.Span) == 0x0008 && DicomVRInfo.TryParse(bytes.Span[4], bytes.Span[5], out _))
        {
            throw new DicomFormatException(source,
                "not a DICOM file: a raw explicit-VR data set without preamble and file meta information; only raw implicit VR little endian is accepted.");
        }

        throw new DicomFormatException(source,
            $"not a DICOM file: no 'DICM' marker at offset 128 and no raw implicit-VR data set starting with a group 0008 element ({bytes.Length} bytes).");
    }

    private static DicomFile ParsePart10(ReadOnlyMemory<byte> bytes, string source)
    {
        int metaStart = PreambleLength + 4;
        var meta = DicomDatasetParser.ParseGroup(bytes, metaStart, 0x0002, source, out int datasetStart);
        if (meta.Count == 0)
        {
            throw new DicomFormatException(source, "file meta information (group 0002) is missing after the DICM marker.");
        }

        var uid = meta.GetString(DicomTags.TransferSyntaxUid);
        if (string.IsNullOrEmpty(uid))
        {
            throw new DicomFormatException(source, "file meta information has no TransferSyntaxUID (0002,0010); the data set encoding is unknown.");
        }

        var transferSyntax = DicomTransferSyntax.FromUid(uid);
        var body = bytes[datasetStart..];
        if (transferSyntax.IsDeflated)
        {
            body = Inflate(body, source);
        }

        var dataset = DicomDatasetParser.Parse(body, transferSyntax, source, transferSyntax.IsDeflated ? 0 : datasetStart);
        return new DicomFile(source, meta, dataset, transferSyntax, hadPreamble: true);
    }

    /// <summary>Group 0008, even element, and a plausible 32-bit length: DCMTK's test for a raw implicit VR LE data set.</summary>
    private static bool LooksLikeRawImplicitDataset(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 8 || BinaryPrimitives.ReadUInt16LittleEndian(bytes) != 0x0008)
        {
            return false;
        }

        // An explicit-VR raw data set has VR letters where implicit VR has the high length bytes.
        if (DicomVRInfo.TryParse(bytes[4], bytes[5], out _))
        {
            return false;
        }

        return BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]) <= (uint)(bytes.Length - 8);
    }

    /// <summary>Deflated explicit VR LE: the data set is a raw RFC 1951 deflate stream (PS3.5 section A.5).</summary>
    private static ReadOnlyMemory<byte> Inflate(ReadOnlyMemory<byte> compressed, string source)
    {
        try
        {
            using var input = new MemoryStream(compressed.ToArray(), writable: false);
            using var deflate = new DeflateStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            deflate.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException ex)
        {
            throw new DicomFormatException(source, "deflated data set cannot be inflated: " + ex.Message, ex);
        }
    }
}
