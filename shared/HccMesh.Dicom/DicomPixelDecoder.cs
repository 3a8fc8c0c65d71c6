using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace HccMesh.Dicom;

/// <summary>
/// Decodes native (uncompressed) grey-scale pixel data to stored values. Bits outside
/// BitsStored are masked off and signed values sign-extended from bit BitsStored-1, after
/// shifting down by HighBit+1-BitsStored, as DCMTK's DiInputPixelTemplate and GDCM's RAW codec
/// do (so overlay bits in the unused high bits never leak into the values).
/// MONOCHROME1 is accepted: it only changes display, not the stored values or HU.
/// </summary>
public static class DicomPixelDecoder
{
    /// <summary>Writes the stored values of one frame (row by row, x fastest) to <paramref name="destination"/>.</summary>
    public static void DecodeFrame(DicomDataset dataset, DicomTransferSyntax transferSyntax, int frame, Span<double> destination)
    {
        var description = DicomPixelDescription.FromDataset(dataset);
        var frameBytes = FrameBytes(dataset, transferSyntax, description, frame);
        if (destination.Length < description.PixelsPerFrame)
        {
            throw new ArgumentException($"Destination holds {destination.Length} values, the frame has {description.PixelsPerFrame}.", nameof(destination));
        }

        Decode(frameBytes, description, destination[..description.PixelsPerFrame]);
    }

    /// <summary>The native bytes of one frame after checking photometric, samples and lengths.</summary>
    internal static ReadOnlySpan<byte> FrameBytes(DicomDataset dataset, DicomTransferSyntax transferSyntax, DicomPixelDescription description, int frame)
    {
        var pixelData = dataset.Get(DicomTags.PixelData)
            ?? throw new DicomFormatException(dataset.Source, "no Pixel Data (7FE0,0010) element: this is not an image.");
        if (pixelData is DicomFragmentSequence || transferSyntax.IsEncapsulated)
        {
            throw new DicomUnsupportedTransferSyntaxException(dataset.Source, transferSyntax,
                $"pixel data is compressed with {transferSyntax}; decoding compressed transfer syntaxes is not supported " +
                "(transcode to Explicit VR Little Endian first, e.g. with DCMTK dcmdjpeg/gdcmconv --raw).");
        }

        if (description.SamplesPerPixel != 1)
        {
            throw new DicomFormatException(dataset.Source,
                $"SamplesPerPixel is {description.SamplesPerPixel} ({description.PhotometricInterpretation}); only single-sample grey-scale images are supported, not colour.");
        }

        if (description.PhotometricInterpretation is not ("MONOCHROME1" or "MONOCHROME2"))
        {
            throw new DicomFormatException(dataset.Source,
                $"PhotometricInterpretation {description.PhotometricInterpretation} is not supported; only MONOCHROME1 and MONOCHROME2.");
        }

        if (frame < 0 || frame >= description.NumberOfFrames)
        {
            throw new ArgumentOutOfRangeException(nameof(frame), $"Frame {frame} requested, the image has {description.NumberOfFrames}.");
        }

        long needed = (long)description.BytesPerFrame * description.NumberOfFrames;
        var bytes = pixelData.Value.Span;
        if (bytes.Length < needed)
        {
            throw new DicomFormatException(dataset.Source,
                $"Pixel Data (7FE0,0010) holds {bytes.Length} bytes; {description.Columns}x{description.Rows}x{description.NumberOfFrames} pixels of {description.BitsAllocated} bits need {needed}.");
        }

        return bytes.Slice(frame * description.BytesPerFrame, description.BytesPerFrame);
    }

    internal static void Decode(ReadOnlySpan<byte> bytes, DicomPixelDescription d, Span<double> destination)
    {
        int shift = d.HighBit + 1 - d.BitsStored;
        bool full = shift == 0 && d.BitsStored == d.BitsAllocated;
        switch (d.BitsAllocated)
        {
            case 16 when full && BitConverter.IsLittleEndian:
                if (d.IsSigned)
                {
                    var values = MemoryMarshal.Cast<byte, short>(bytes);
                    for (int i = 0; i < destination.Length; i++)
                    {
                        destination[i] = values[i];
                    }
                }
                else
                {
                    var values = MemoryMarshal.Cast<byte, ushort>(bytes);
                    for (int i = 0; i < destination.Length; i++)
                    {
                        destination[i] = values[i];
                    }
                }

                break;
            case 8:
                for (int i = 0; i < destination.Length; i++)
                {
                    destination[i] = Extract(bytes[i], shift, d.BitsStored, d.IsSigned);
                }

                break;
            case 16 when BitConverter.IsLittleEndian:
                var words = MemoryMarshal.Cast<byte, ushort>(bytes);
                for (int i = 0; i < destination.Length; i++)
                {
                    destination[i] = Extract(words[i], shift, d.BitsStored, d.IsSigned);
                }

                break;
            case 16:
                for (int i = 0; i < destination.Length; i++)
                {
                    destination[i] = Extract(BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(i * 2, 2)), shift, d.BitsStored, d.IsSigned);
                }

                break;
            default:
                for (int i = 0; i < destination.Length; i++)
                {
                    destination[i] = Extract(BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(i * 4, 4)), shift, d.BitsStored, d.IsSigned);
                }

                break;
        }
    }

    /// <summary>Stored value of one word: shift down, keep BitsStored bits, sign-extend when signed.</summary>
    private static long Extract(uint word, int shift, int bitsStored, bool signed)
    {
        long value = (word >> shift) & (long)((1UL << bitsStored) - 1);
        if (signed && (value & (1L << (bitsStored - 1))) != 0)
        {
            value -= 1L << bitsStored;
        }

        return value;
    }
}
