using System.IO.Compression;

namespace HccMesh.Imaging.IO;

/// <summary>
/// Reads scalar 3-D (or 2-D) NRRD volumes, attached (.nrrd) or detached (.nhdr), raw/gzip/text encoded,
/// into LPS geometry the way ITK's NrrdImageIO does: spacing = norm of each 'space directions' vector,
/// direction = the normalised vectors, RAS and LAS spaces converted to LPS by negating x and/or y.
/// </summary>
public static class NrrdReader
{
    public static Volume Read(string path)
    {
        using var stream = OpenForReading(path);
        return Read(stream, path);
    }

    /// <summary>Reads from a stream; <paramref name="nameForErrors"/> names the file in errors and anchors a detached data file.</summary>
    public static Volume Read(Stream stream, string nameForErrors)
    {
        try
        {
            var buffered = stream as BufferedStream ?? new BufferedStream(stream, 1 << 16);
            var header = NrrdHeader.Parse(buffered, nameForErrors);
            var layout = NrrdLayout.From(header, nameForErrors);
            var voxels = new double[layout.Geometry.VoxelCount];
            string? dataFile = header.Get("data file") ?? header.Get("datafile");
            if (dataFile is null)
            {
                if (!header.EndedWithBlankLine)
                {
                    throw new ImageFormatException(nameForErrors, "NRRD header has no 'data file' and no blank line before attached data.");
                }

                ReadData(buffered, header, layout, voxels, nameForErrors, canSeek: false);
            }
            else
            {
                string dataPath = ResolveDataFile(dataFile, nameForErrors);
                using var data = OpenForReading(dataPath, nameForErrors);
                ReadData(data, header, layout, voxels, nameForErrors, canSeek: true);
            }

            return new Volume(layout.Geometry, layout.PixelType, voxels);
        }
        catch (Exception e) when (e is EndOfStreamException)
        {
            throw new ImageFormatException(nameForErrors, "NRRD data ends before all voxels were read (truncated file).", e);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or OverflowException
                                      or ArgumentException or OutOfMemoryException or NotSupportedException
                                      or IndexOutOfRangeException or InvalidOperationException)
        {
            // the last two would be a reader bug on a malformed file; the caller still gets a format error naming the file
            throw new ImageFormatException(nameForErrors, "cannot read NRRD data: " + e.Message, e);
        }
    }

    private static void ReadData(Stream source, NrrdHeader header, NrrdLayout layout, double[] voxels, string file, bool canSeek)
    {
        int lineSkip = header.Get("line skip") is { } ls ? NrrdHeader.ParseInt(ls, "line skip", file) : 0;
        long byteSkip = header.Get("byte skip") is { } bs ? NrrdHeader.ParseInt(bs, "byte skip", file) : 0;
        for (int i = 0; i < lineSkip; i++)
        {
            int b;
            while ((b = source.ReadByte()) != '\n')
            {
                if (b < 0)
                {
                    throw new EndOfStreamException();
                }
            }
        }

        if (byteSkip < -1 || lineSkip < 0)
        {
            throw new ImageFormatException(file, $"NRRD 'byte skip' ({byteSkip}) or 'line skip' ({lineSkip}) is negative.");
        }

        string encoding = header.Require("encoding", file).ToLowerInvariant();
        long dataBytes = voxels.LongLength * PixelCodec.BytesPerVoxel(layout.PixelType);
        switch (encoding)
        {
            case "raw":
                if (byteSkip == -1)
                {
                    if (!canSeek || !source.CanSeek)
                    {
                        throw new ImageFormatException(file, "'byte skip: -1' needs a detached, seekable data file.");
                    }

                    if (source.Length < dataBytes)
                    {
                        throw new EndOfStreamException();
                    }

                    source.Seek(source.Length - dataBytes, SeekOrigin.Begin);
                }
                else
                {
                    Skip(source, byteSkip);
                }

                PixelCodec.ReadVoxels(source, layout.PixelType, layout.BigEndian, voxels);
                break;
            case "gzip":
            case "gz":
                if (byteSkip < 0)
                {
                    throw new ImageFormatException(file, "'byte skip: -1' is not allowed with gzip encoding.");
                }

                using (var gzip = new GZipStream(source, CompressionMode.Decompress, leaveOpen: true))
                {
                    Skip(gzip, byteSkip);
                    PixelCodec.ReadVoxels(gzip, layout.PixelType, layout.BigEndian, voxels);
                }

                break;
            case "text":
            case "txt":
            case "ascii":
                NrrdTextData.Read(source, voxels, file);
                break;
            default:
                throw new ImageFormatException(file, $"NRRD encoding '{encoding}' is not supported (raw, gzip, text are).");
        }
    }

    private static void Skip(Stream s, long count)
    {
        var buffer = new byte[4096];
        while (count > 0)
        {
            int n = (int)Math.Min(buffer.Length, count);
            s.ReadExactly(buffer, 0, n);
            count -= n;
        }
    }

    private static string ResolveDataFile(string dataFile, string headerName)
    {
        string trimmed = dataFile.Trim();
        if (trimmed.StartsWith("LIST", StringComparison.Ordinal) || trimmed.Contains('%', StringComparison.Ordinal))
        {
            throw new ImageFormatException(headerName, "NRRD multi-file data ('LIST' or format strings) is not supported.");
        }

        if (Path.IsPathRooted(trimmed))
        {
            return trimmed;
        }

        string? directory = Path.GetDirectoryName(Path.GetFullPath(headerName));
        return Path.Combine(directory ?? ".", trimmed);
    }

    private static FileStream OpenForReading(string path, string? headerName = null)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (headerName is not null && e is IOException or UnauthorizedAccessException)
        {
            throw new ImageFormatException(headerName, $"cannot open the detached data file '{path}': {e.Message}", e);
        }
    }
}
