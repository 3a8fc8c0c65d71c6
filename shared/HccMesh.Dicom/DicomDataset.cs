using System.Buffers.Binary;
using System.Collections;
using System.Globalization;
using System.Text;

namespace HccMesh.Dicom;

/// <summary>
/// A DICOM data set: elements by tag, values held little-endian. Typed getters parse on demand
/// and throw <see cref="DicomFormatException"/> (naming <see cref="Source"/> and the tag) for
/// malformed values; they return null / empty when the element is absent or empty.
/// </summary>
public sealed class DicomDataset : IEnumerable<DicomElement>
{
    private static readonly char[] TrimChars = [' ', '\0'];
    private readonly Dictionary<DicomTag, DicomElement> _elements = [];

    public DicomDataset(string source = "data set", Encoding? textEncoding = null)
    {
        Source = source;
        TextEncoding = textEncoding ?? Encoding.Latin1;
    }

    /// <summary>Where the data set came from (file path, peer), used in error messages.</summary>
    public string Source { get; }

    /// <summary>Encoding of PN/LO/SH/ST/LT/UT text (from SpecificCharacterSet; Latin-1 by default).</summary>
    public Encoding TextEncoding { get; internal set; }

    public int Count => _elements.Count;

    public bool Contains(DicomTag tag) => _elements.ContainsKey(tag);

    public DicomElement? Get(DicomTag tag) => _elements.GetValueOrDefault(tag);

    public void Add(DicomElement element) => _elements[element.Tag] = element;

    public bool Remove(DicomTag tag) => _elements.Remove(tag);

    /// <summary>Elements in ascending tag order (the order a writer must use).</summary>
    public IEnumerable<DicomElement> InTagOrder() => _elements.Values.OrderBy(e => e.Tag);

    public IEnumerator<DicomElement> GetEnumerator() => InTagOrder().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Raw little-endian value bytes; empty when absent.</summary>
    public ReadOnlyMemory<byte> GetBytes(DicomTag tag) => Get(tag)?.Value ?? ReadOnlyMemory<byte>.Empty;

    /// <summary>The whole string value (multiple values still joined by '\'), trimmed of padding; null when absent.</summary>
    public string? GetString(DicomTag tag)
    {
        var element = Get(tag);
        if (element is null)
        {
            return null;
        }

        var span = element.Value.Span;
        var encoding = element.VR is DicomVR.PN or DicomVR.LO or DicomVR.SH or DicomVR.ST or DicomVR.LT or DicomVR.UT or DicomVR.UC
            ? TextEncoding
            : Encoding.Latin1;
        var text = encoding.GetString(span);
        return DicomVRInfo.IsText(element.VR) ? text.TrimEnd(TrimChars) : text.Trim(TrimChars);
    }

    /// <summary>The values of a multi-valued string, each trimmed; empty when absent.</summary>
    public string[] GetStrings(DicomTag tag)
    {
        var text = GetString(tag);
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var parts = text.Split('\\');
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = parts[i].Trim(TrimChars);
        }

        return parts;
    }

    /// <summary>Numbers of a DS/IS (backslash multiplicity) or binary FD/FL/US/SS/UL/SL element; empty when absent.</summary>
    public double[] GetDoubles(DicomTag tag)
    {
        var element = Get(tag);
        if (element is null || element.Value.IsEmpty)
        {
            return [];
        }

        var span = element.Value.Span;
        switch (element.VR)
        {
            case DicomVR.FD or DicomVR.OD:
                return ReadBinary(span, 8, s => BinaryPrimitives.ReadDoubleLittleEndian(s));
            case DicomVR.FL or DicomVR.OF:
                return ReadBinary(span, 4, s => BinaryPrimitives.ReadSingleLittleEndian(s));
            case DicomVR.US or DicomVR.OW:
                return ReadBinary(span, 2, s => BinaryPrimitives.ReadUInt16LittleEndian(s));
            case DicomVR.SS:
                return ReadBinary(span, 2, s => BinaryPrimitives.ReadInt16LittleEndian(s));
            case DicomVR.UL or DicomVR.OL:
                return ReadBinary(span, 4, s => BinaryPrimitives.ReadUInt32LittleEndian(s));
            case DicomVR.SL:
                return ReadBinary(span, 4, s => BinaryPrimitives.ReadInt32LittleEndian(s));
            default:
                var parts = GetStrings(tag);
                var values = new double[parts.Length];
                for (int i = 0; i < parts.Length; i++)
                {
                    if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
                    {
                        throw new DicomFormatException(Source, $"element {DicomDictionary.Describe(tag)} value {i + 1} '{Shorten(parts[i])}' is not a number.");
                    }
                }

                return values;
        }
    }

    /// <summary>The first number of the element, or null when absent/empty.</summary>
    public double? GetDouble(DicomTag tag)
    {
        var values = GetDoubles(tag);
        return values.Length == 0 ? null : values[0];
    }

    /// <summary>First value of an IS/US/SS/UL/SL element as an integer, or null when absent/empty.</summary>
    public int? GetInt(DicomTag tag)
    {
        var value = GetDouble(tag);
        if (value is null)
        {
            return null;
        }

        if (value.Value != Math.Floor(value.Value) || value.Value < int.MinValue || value.Value > int.MaxValue)
        {
            throw new DicomFormatException(Source, $"element {DicomDictionary.Describe(tag)} value {value.Value.ToString(CultureInfo.InvariantCulture)} is not a 32-bit integer.");
        }

        return (int)value.Value;
    }

    /// <summary>First value of a US element (or any integer VR in 0..65535), or null when absent/empty.</summary>
    public ushort? GetUInt16(DicomTag tag)
    {
        var value = GetInt(tag);
        if (value is null)
        {
            return null;
        }

        if (value.Value is < 0 or > ushort.MaxValue)
        {
            throw new DicomFormatException(Source, $"element {DicomDictionary.Describe(tag)} value {value.Value} does not fit an unsigned 16-bit integer.");
        }

        return (ushort)value.Value;
    }

    public DicomSequence? GetSequence(DicomTag tag) => Get(tag) as DicomSequence;

    public void SetString(DicomTag tag, DicomVR vr, string value)
    {
        var encoding = vr is DicomVR.PN or DicomVR.LO or DicomVR.SH or DicomVR.ST or DicomVR.LT or DicomVR.UT or DicomVR.UC
            ? TextEncoding
            : Encoding.ASCII;
        Add(new DicomElement(tag, vr, encoding.GetBytes(value)));
    }

    public void SetStrings(DicomTag tag, DicomVR vr, params string[] values) => SetString(tag, vr, string.Join('\\', values));

    /// <summary>Writes DS values, each formatted to at most 16 characters.</summary>
    public void SetDecimalStrings(DicomTag tag, params double[] values) =>
        SetString(tag, DicomVR.DS, string.Join('\\', values.Select(DicomDecimalString.Format)));

    /// <summary>Writes IS values.</summary>
    public void SetIntegerStrings(DicomTag tag, params int[] values) =>
        SetString(tag, DicomVR.IS, string.Join('\\', values.Select(v => v.ToString(CultureInfo.InvariantCulture))));

    public void SetUInt16(DicomTag tag, params ushort[] values)
    {
        var bytes = new byte[values.Length * 2];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), values[i]);
        }

        Add(new DicomElement(tag, DicomVR.US, bytes));
    }

    public void SetBytes(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> value) => Add(new DicomElement(tag, vr, value));

    public void SetSequence(DicomTag tag, params DicomDataset[] items) => Add(new DicomSequence(tag, items));

    private static double[] ReadBinary(ReadOnlySpan<byte> span, int size, ReadNumber read)
    {
        var values = new double[span.Length / size];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = read(span.Slice(i * size, size));
        }

        return values;
    }

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..24] + "...";

    private delegate double ReadNumber(ReadOnlySpan<byte> bytes);
}
