using System.Buffers.Binary;
using System.Text;

namespace HccMesh.Dicom;

/// <summary>
/// Parses a data set from bytes in a given transfer syntax (no preamble, no file meta), e.g. a
/// file body or a DIMSE P-DATA payload. Values are slices of the input buffer (no copy) unless
/// big-endian input has to be swapped. Every length is checked against the bytes that remain,
/// so malformed input ends in <see cref="DicomFormatException"/>, never an index exception.
/// Sequence and item rules follow PS3.5 section 7.5; encapsulated pixel data section A.4.
/// </summary>
public sealed class DicomDatasetParser
{
    private const uint UndefinedLength = 0xFFFFFFFF;
    private const int MaxNestingDepth = 32;

    private readonly ReadOnlyMemory<byte> _buffer;
    private readonly string _source;
    private readonly int _base;
    private bool _littleEndian;
    private Encoding _textEncoding = Encoding.Latin1;

    private DicomDatasetParser(ReadOnlyMemory<byte> buffer, bool littleEndian, string source, int offsetInSource = 0)
    {
        _buffer = buffer;
        _base = offsetInSource;
        _littleEndian = littleEndian;
        _source = source;
    }

    /// <summary>Parses all of <paramref name="data"/> as one data set.</summary>
    /// <param name="source">Names the input in error messages (file path, "C-STORE from AE X").</param>
    /// <param name="offsetInSource">Where <paramref name="data"/> starts in the source, so messages give source offsets.</param>
    public static DicomDataset Parse(ReadOnlyMemory<byte> data, DicomTransferSyntax transferSyntax, string source, int offsetInSource = 0)
    {
        var parser = new DicomDatasetParser(data, transferSyntax.IsLittleEndian, source, offsetInSource);
        try
        {
            return parser.ParseDataset(0, data.Length, transferSyntax.IsExplicitVR, inItem: false, depth: 0, out _);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException or OverflowException)
        {
            throw new DicomFormatException(source, "malformed data set: " + ex.Message, ex);
        }
    }

    /// <summary>
    /// Parses elements from <paramref name="start"/> while their group is <paramref name="group"/>
    /// (the file meta group); returns the data set and the offset of the first element not taken.
    /// </summary>
    internal static DicomDataset ParseGroup(ReadOnlyMemory<byte> data, int start, ushort group, string source, out int end)
    {
        var parser = new DicomDatasetParser(data, littleEndian: true, source);
        var dataset = new DicomDataset(source);
        int pos = start;
        while (data.Length - pos >= 4 && BinaryPrimitives.ReadUInt16LittleEndian(data.Span[pos..]) == group)
        {
            pos = parser.ParseElement(dataset, pos, data.Length, explicitVr: true, depth: 0);
        }

        end = pos;
        return dataset;
    }

    private DicomDataset ParseDataset(int start, int end, bool explicitVr, bool inItem, int depth, out int next)
    {
        if (depth > MaxNestingDepth)
        {
            throw Error($"sequences nested deeper than {MaxNestingDepth} levels at offset {_base + start}.");
        }

        var dataset = new DicomDataset(_source, _textEncoding);
        int pos = start;
        while (pos < end)
        {
            if (end - pos < 8)
            {
                throw Error($"truncated: element header at offset {_base + pos} needs 8 bytes, {end - pos} remain.");
            }

            var tag = ReadTag(pos);
            if (tag == DicomTag.ItemDelimitation)
            {
                pos += 8;
                if (inItem)
                {
                    next = pos;
                    return dataset;
                }

                continue; // a stray delimiter outside an item: DCMTK skips it too
            }

            if (tag == DicomTag.SequenceDelimitation && !inItem)
            {
                pos += 8;
                continue;
            }

            pos = ParseElement(dataset, pos, end, explicitVr, depth);
        }

        if (inItem)
        {
            throw Error($"truncated: item starting at offset {_base + start} has no item delimiter before the end of the data.");
        }

        next = pos;
        return dataset;
    }

    /// <summary>Parses the element at <paramref name="pos"/> into <paramref name="dataset"/>; returns the offset after it.</summary>
    private int ParseElement(DicomDataset dataset, int pos, int end, bool explicitVr, int depth)
    {
        var span = _buffer.Span;
        if (end - pos < 8)
        {
            throw Error($"truncated: element header at offset {_base + pos} needs 8 bytes, {end - pos} remain.");
        }

        var tag = ReadTag(pos);
        DicomVR vr;
        uint length;
        int valueStart;
        if (explicitVr && tag.Group != 0xFFFE)
        {
            if (!DicomVRInfo.TryParse(span[pos + 4], span[pos + 5], out vr))
            {
                throw Error($"element {DicomDictionary.Describe(tag)} at offset {_base + pos} has an invalid VR (bytes 0x{span[pos + 4]:X2} 0x{span[pos + 5]:X2}).");
            }

            if (DicomVRInfo.HasLongLength(vr))
            {
                if (end - pos < 12)
                {
                    throw Error($"truncated: element {DicomDictionary.Describe(tag)} header at offset {_base + pos} needs 12 bytes, {end - pos} remain.");
                }

                length = ReadUInt32(pos + 8);
                valueStart = pos + 12;
            }
            else
            {
                length = ReadUInt16(pos + 6);
                valueStart = pos + 8;
            }
        }
        else
        {
            vr = DicomDictionary.VROf(tag);
            length = ReadUInt32(pos + 4);
            valueStart = pos + 8;
        }

        if (length == UndefinedLength)
        {
            return ParseUndefinedLength(dataset, tag, vr, valueStart, end, explicitVr, depth);
        }

        int remain = end - valueStart;
        if (length > (uint)remain)
        {
            throw Error($"truncated: element {DicomDictionary.Describe(tag)} needs {length} bytes, {remain} remain.");
        }

        int valueEnd = valueStart + (int)length;
        if (vr == DicomVR.SQ)
        {
            dataset.Add(new DicomSequence(tag, ParseItems(tag, valueStart, valueEnd, definedLength: true, explicitVr, depth, out _)));
        }
        else
        {
            var value = _buffer.Slice(valueStart, (int)length);
            dataset.Add(new DicomElement(tag, vr, _littleEndian ? value : SwapToLittleEndian(value, vr)));
            if (tag == DicomTags.SpecificCharacterSet)
            {
                _textEncoding = TextEncodingOf(dataset.GetString(tag));
                dataset.TextEncoding = _textEncoding;
            }
        }

        return valueEnd;
    }

    private int ParseUndefinedLength(DicomDataset dataset, DicomTag tag, DicomVR vr, int valueStart, int end, bool explicitVr, int depth)
    {
        int next;
        if (vr == DicomVR.SQ || (vr == DicomVR.UN && !explicitVr))
        {
            dataset.Add(new DicomSequence(tag, ParseItems(tag, valueStart, end, definedLength: false, explicitVr, depth, out next)));
        }
        else if (vr == DicomVR.UN)
        {
            // CP-246: an undefined-length UN element is a sequence encoded in implicit VR little endian,
            // even inside a big-endian data set.
            bool outerLittleEndian = _littleEndian;
            _littleEndian = true;
            try
            {
                dataset.Add(new DicomSequence(tag, ParseItems(tag, valueStart, end, definedLength: false, explicitVr: false, depth, out next)));
            }
            finally
            {
                _littleEndian = outerLittleEndian;
            }
        }
        else if (tag == DicomTags.PixelData || vr is DicomVR.OB or DicomVR.OW)
        {
            dataset.Add(ParseFragments(tag, vr, valueStart, end, out next));
        }
        else
        {
            throw Error($"element {DicomDictionary.Describe(tag)} with VR {vr} has undefined length, which only SQ, UN and encapsulated pixel data may have.");
        }

        return next;
    }

    private List<DicomDataset> ParseItems(DicomTag sequenceTag, int start, int end, bool definedLength, bool explicitVr, int depth, out int next)
    {
        var items = new List<DicomDataset>();
        int pos = start;
        while (true)
        {
            if (pos >= end && definedLength)
            {
                next = pos;
                return items;
            }

            if (end - pos < 8)
            {
                throw Error($"truncated: sequence {DicomDictionary.Describe(sequenceTag)} needs an item header (8 bytes) at offset {_base + pos}, {end - pos} remain.");
            }

            var tag = ReadTag(pos);
            uint length = ReadUInt32(pos + 4);
            pos += 8;
            if (tag == DicomTag.SequenceDelimitation)
            {
                next = pos;
                return items;
            }

            if (tag != DicomTag.Item)
            {
                throw Error($"sequence {DicomDictionary.Describe(sequenceTag)} holds {tag} at offset {_base + pos - 8} where an item (FFFE,E000) is required.");
            }

            if (length == UndefinedLength)
            {
                items.Add(ParseDataset(pos, end, explicitVr, inItem: true, depth + 1, out pos));
            }
            else
            {
                if (length > (uint)(end - pos))
                {
                    throw Error($"truncated: item of sequence {DicomDictionary.Describe(sequenceTag)} needs {length} bytes, {end - pos} remain.");
                }

                items.Add(ParseDataset(pos, pos + (int)length, explicitVr, inItem: false, depth + 1, out _));
                pos += (int)length;
            }
        }
    }

    private DicomFragmentSequence ParseFragments(DicomTag tag, DicomVR vr, int start, int end, out int next)
    {
        var fragments = new List<ReadOnlyMemory<byte>>();
        ReadOnlyMemory<byte>? offsetTable = null;
        int pos = start;
        while (true)
        {
            if (end - pos < 8)
            {
                throw Error($"truncated: encapsulated {DicomDictionary.Describe(tag)} needs a fragment header (8 bytes) at offset {_base + pos}, {end - pos} remain.");
            }

            var itemTag = ReadTag(pos);
            uint length = ReadUInt32(pos + 4);
            pos += 8;
            if (itemTag == DicomTag.SequenceDelimitation)
            {
                next = pos;
                return new DicomFragmentSequence(tag, vr, offsetTable ?? ReadOnlyMemory<byte>.Empty, fragments);
            }

            if (itemTag != DicomTag.Item || length == UndefinedLength)
            {
                throw Error($"encapsulated {DicomDictionary.Describe(tag)} holds {itemTag} at offset {_base + pos - 8} where a defined-length fragment item is required.");
            }

            if (length > (uint)(end - pos))
            {
                throw Error($"truncated: fragment of {DicomDictionary.Describe(tag)} needs {length} bytes, {end - pos} remain.");
            }

            var fragment = _buffer.Slice(pos, (int)length);
            if (offsetTable is null)
            {
                offsetTable = fragment;
            }
            else
            {
                fragments.Add(fragment);
            }

            pos += (int)length;
        }
    }

    private static ReadOnlyMemory<byte> SwapToLittleEndian(ReadOnlyMemory<byte> value, DicomVR vr)
    {
        int unit = DicomVRInfo.ByteSwapUnit(vr);
        if (unit == 0)
        {
            return value;
        }

        var copy = value.ToArray();
        for (int i = 0; i + unit <= copy.Length; i += unit)
        {
            Array.Reverse(copy, i, unit);
        }

        return copy;
    }

    /// <summary>ISO_IR 192 is UTF-8; everything else is read as Latin-1 (only names and text differ).</summary>
    private static Encoding TextEncodingOf(string? specificCharacterSet) =>
        specificCharacterSet is not null && specificCharacterSet.Contains("ISO_IR 192", StringComparison.Ordinal)
            ? Encoding.UTF8
            : Encoding.Latin1;

    private DicomTag ReadTag(int pos) => new(ReadUInt16(pos), ReadUInt16(pos + 2));

    private ushort ReadUInt16(int pos) => _littleEndian
        ? BinaryPrimitives.ReadUInt16LittleEndian(_buffer.Span.Slice(pos, 2))
        : BinaryPrimitives.ReadUInt16BigEndian(_buffer.Span.Slice(pos, 2));

    private uint ReadUInt32(int pos) => _littleEndian
        ? BinaryPrimitives.ReadUInt32LittleEndian(_buffer.Span.Slice(pos, 4))
        : BinaryPrimitives.ReadUInt32BigEndian(_buffer.Span.Slice(pos, 4));

    private DicomFormatException Error(string message) => new(_source, message);
}
