namespace HccMesh.Dicom;

/// <summary>The Image Pixel module attributes (PS3.3 C.7.6.3) needed to decode native pixel data.</summary>
public sealed record DicomPixelDescription(
    int Rows,
    int Columns,
    int SamplesPerPixel,
    int BitsAllocated,
    int BitsStored,
    int HighBit,
    bool IsSigned,
    string PhotometricInterpretation,
    int NumberOfFrames)
{
    public int PixelsPerFrame => Rows * Columns;

    public int BytesPerFrame => PixelsPerFrame * SamplesPerPixel * (BitsAllocated / 8);

    /// <summary>Reads and validates the module; missing or inconsistent values are <see cref="DicomFormatException"/>.</summary>
    public static DicomPixelDescription FromDataset(DicomDataset ds)
    {
        int rows = Required(ds, DicomTags.Rows);
        int columns = Required(ds, DicomTags.Columns);
        int bitsAllocated = Required(ds, DicomTags.BitsAllocated);
        int bitsStored = ds.GetUInt16(DicomTags.BitsStored) ?? bitsAllocated;
        int highBit = ds.GetUInt16(DicomTags.HighBit) ?? (bitsStored - 1);
        int samples = ds.GetUInt16(DicomTags.SamplesPerPixel) ?? 1;
        int representation = ds.GetUInt16(DicomTags.PixelRepresentation) ?? 0;
        var photometric = ds.GetString(DicomTags.PhotometricInterpretation) ?? "MONOCHROME2";
        int frames = ds.GetInt(DicomTags.NumberOfFrames) ?? 1;

        if (rows == 0 || columns == 0)
        {
            throw new DicomFormatException(ds.Source, $"image has {rows} rows and {columns} columns.");
        }

        if (bitsAllocated is not (8 or 16 or 32))
        {
            throw new DicomFormatException(ds.Source, $"BitsAllocated {bitsAllocated} is not supported (8, 16 or 32 only).");
        }

        if (bitsStored < 1 || bitsStored > bitsAllocated || highBit < bitsStored - 1 || highBit >= bitsAllocated)
        {
            throw new DicomFormatException(ds.Source, $"inconsistent bit layout: BitsAllocated {bitsAllocated}, BitsStored {bitsStored}, HighBit {highBit}.");
        }

        if (representation is not (0 or 1))
        {
            throw new DicomFormatException(ds.Source, $"PixelRepresentation {representation} is neither 0 (unsigned) nor 1 (signed).");
        }

        if (frames < 1)
        {
            throw new DicomFormatException(ds.Source, $"NumberOfFrames {frames} is not positive.");
        }

        if ((long)rows * columns * Math.Max(samples, 1) * (bitsAllocated / 8) * frames > int.MaxValue)
        {
            throw new DicomFormatException(ds.Source, $"image of {columns}x{rows}x{frames} pixels ({samples} samples, {bitsAllocated} bits) exceeds 2 GiB.");
        }

        return new DicomPixelDescription(rows, columns, samples, bitsAllocated, bitsStored, highBit, representation == 1, photometric, frames);
    }

    private static int Required(DicomDataset ds, DicomTag tag) =>
        ds.GetUInt16(tag) ?? throw new DicomFormatException(ds.Source, $"required element {DicomDictionary.Describe(tag)} is missing.");
}
