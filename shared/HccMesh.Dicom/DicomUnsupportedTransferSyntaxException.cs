namespace HccMesh.Dicom;

/// <summary>A well-formed file whose pixel data is in a transfer syntax we cannot decode (JPEG, RLE, ...).</summary>
public sealed class DicomUnsupportedTransferSyntaxException(string source, DicomTransferSyntax transferSyntax, string message)
    : DicomFormatException(source, message)
{
    public DicomTransferSyntax TransferSyntax { get; } = transferSyntax;
}
