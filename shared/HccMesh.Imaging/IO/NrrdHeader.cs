using System.Globalization;
using System.Text;

namespace HccMesh.Imaging.IO;

/// <summary>
/// The fields of a NRRD header (teem NRRD format, http://teem.sourceforge.net/nrrd/format.html) that a scalar
/// 3-D volume needs. Field names are stored lower-case with internal blanks removed ("space directions" → "spacedirections").
/// </summary>
internal sealed class NrrdHeader
{
    private readonly Dictionary<string, string> fields = new(StringComparer.Ordinal);

    public int Version { get; private set; }

    public IReadOnlyDictionary<string, string> Fields => fields;

    /// <summary>True when the header ended with a blank line, i.e. data may follow in the same file.</summary>
    public bool EndedWithBlankLine { get; private set; }

    public string? Get(string name) => fields.TryGetValue(Normalise(name), out var v) ? v : null;

    public string Require(string name, string file) =>
        Get(name) ?? throw new ImageFormatException(file, $"NRRD header lacks the required field '{name}'.");

    /// <summary>Reads the header lines of <paramref name="stream"/> byte by byte, leaving it positioned at the first data byte.</summary>
    public static NrrdHeader Parse(Stream stream, string file)
    {
        var header = new NrrdHeader();
        string? magic = ReadLine(stream, out _);
        if (magic is null || magic.Length != 8 || !magic.StartsWith("NRRD000", StringComparison.Ordinal) || !char.IsAsciiDigit(magic[7]))
        {
            throw new ImageFormatException(file, "not a NRRD file (the first line is not the magic 'NRRD000x').");
        }

        header.Version = magic[7] - '0';
        while (true)
        {
            string? line = ReadLine(stream, out bool endOfStream);
            if (line is null || (line.Length == 0 && endOfStream))
            {
                header.EndedWithBlankLine = false;
                break;
            }

            if (line.Length == 0)
            {
                header.EndedWithBlankLine = true;
                break;
            }

            if (line[0] == '#')
            {
                continue;
            }

            int keyValue = line.IndexOf(":=", StringComparison.Ordinal);
            int field = line.IndexOf(": ", StringComparison.Ordinal);
            if (keyValue >= 0 && (field < 0 || keyValue < field))
            {
                continue; // key/value pairs carry no geometry or encoding
            }

            if (field < 0)
            {
                throw new ImageFormatException(file, $"malformed NRRD header line '{Truncate(line)}'.");
            }

            header.fields[Normalise(line[..field])] = line[(field + 2)..].Trim();
        }

        return header;
    }

    public static int[] ParseInts(string value, string field, string file)
    {
        var parts = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var result = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out result[i]))
            {
                throw new ImageFormatException(file, $"NRRD field '{field}' has a non-integer value '{Truncate(parts[i])}'.");
            }
        }

        return result;
    }

    /// <summary>Exactly one integer.</summary>
    public static int ParseInt(string value, string field, string file) =>
        ParseInts(value, field, file) is [var single] ? single
            : throw new ImageFormatException(file, $"NRRD field '{field}' must hold one integer, got '{Truncate(value)}'.");

    public static double ParseDouble(string text, string field, string file)
    {
        string t = text.Trim();
        if (t.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            return double.NaN;
        }

        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
        {
            throw new ImageFormatException(file, $"NRRD field '{field}' has a non-numeric value '{Truncate(t)}'.");
        }

        return v;
    }

    /// <summary>Parses "(a,b,c)" vectors separated by blanks; "none" gives null.</summary>
    public static double[]?[] ParseVectors(string value, string field, string file)
    {
        var list = new List<double[]?>();
        int i = 0;
        while (i < value.Length)
        {
            if (char.IsWhiteSpace(value[i]))
            {
                i++;
                continue;
            }

            if (value[i] == '(')
            {
                int close = value.IndexOf(')', i);
                if (close < 0)
                {
                    throw new ImageFormatException(file, $"NRRD field '{field}' has an unclosed vector.");
                }

                var parts = value[(i + 1)..close].Split(',');
                var vector = new double[parts.Length];
                for (int c = 0; c < parts.Length; c++)
                {
                    vector[c] = ParseDouble(parts[c], field, file);
                }

                list.Add(vector);
                i = close + 1;
            }
            else if (string.CompareOrdinal(value, i, "none", 0, 4) == 0)
            {
                list.Add(null);
                i += 4;
            }
            else
            {
                throw new ImageFormatException(file, $"NRRD field '{field}' is malformed: '{Truncate(value)}'.");
            }
        }

        return [.. list];
    }

    private static string Normalise(string name) => name.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    private static string Truncate(string s) => s.Length <= 60 ? s : s[..60] + "...";

    /// <summary>Reads one line ending in '\n' (a trailing '\r' is dropped); null at end of stream before any byte.</summary>
    private static string? ReadLine(Stream stream, out bool endOfStream)
    {
        var bytes = new List<byte>(64);
        endOfStream = false;
        while (true)
        {
            int b = stream.ReadByte();
            if (b < 0)
            {
                endOfStream = true;
                if (bytes.Count == 0)
                {
                    return null;
                }

                break;
            }

            if (b == '\n')
            {
                break;
            }

            bytes.Add((byte)b);
            if (bytes.Count > 1 << 20)
            {
                throw new InvalidDataException("NRRD header line longer than 1 MiB.");
            }
        }

        if (bytes.Count > 0 && bytes[^1] == '\r')
        {
            bytes.RemoveAt(bytes.Count - 1);
        }

        return Encoding.Latin1.GetString(bytes.ToArray());
    }
}
