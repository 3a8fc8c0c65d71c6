using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace HccMesh.Reporting;

/// <summary>
/// The key a report is filed under. Never a patient name or ID: either the StudyInstanceUID
/// (<see cref="StudyInstanceUidKind"/>), or — when the study has none — the fallback
/// "series-sha256:" + lower-case hex SHA-256 of the study's distinct SeriesInstanceUIDs, sorted
/// ordinally and joined by '\n' (<see cref="SeriesUidHashKind"/>). Both forms are checked by pattern,
/// so free text cannot slip in.
/// </summary>
public sealed partial record StudyKey
{
    public const string StudyInstanceUidKind = "StudyInstanceUID";

    public const string SeriesUidHashKind = "SeriesUidHash";

    public const string SeriesHashPrefix = "series-sha256:";

    /// <summary>Fallback when the UIDs themselves are empty (as in the bundled sample): a hash of the image contents.</summary>
    public const string ContentHashKind = "ContentSha256";

    public const string ContentHashPrefix = "content-sha256:";

    public required string Value { get; init; }

    public required string Kind { get; init; }

    /// <summary>DICOM UID: ≤ 64 characters, digit components separated by '.', no leading zeros (PS3.5 §9.1).</summary>
    public static StudyKey FromStudyInstanceUid(string studyInstanceUid)
    {
        var key = new StudyKey { Value = studyInstanceUid, Kind = StudyInstanceUidKind };
        key.Validate();
        return key;
    }

    public static StudyKey FromSeriesInstanceUids(IEnumerable<string> seriesInstanceUids)
    {
        var sorted = seriesInstanceUids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (sorted.Count == 0)
        {
            throw new ArgumentException("at least one SeriesInstanceUID is needed for the fallback study key", nameof(seriesInstanceUids));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', sorted)));
        return new StudyKey { Value = SeriesHashPrefix + Convert.ToHexStringLower(hash), Kind = SeriesUidHashKind };
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless Value has the form its Kind requires.</summary>
    public void Validate()
    {
        var valid = Kind switch
        {
            StudyInstanceUidKind => Value is { Length: > 0 and <= 64 } && UidPattern().IsMatch(Value),
            SeriesUidHashKind => Value is not null && SeriesHashPattern().IsMatch(Value),
            ContentHashKind => Value is not null && ContentHashPattern().IsMatch(Value),
            _ => throw new ArgumentException($"unknown study key kind '{Kind}'; expected '{StudyInstanceUidKind}', '{SeriesUidHashKind}' or '{ContentHashKind}'"),
        };
        if (!valid)
        {
            throw new ArgumentException($"study key is not a valid {Kind} (a patient name or ID must never be used as the key)");
        }
    }

    [GeneratedRegex(@"^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))+$")]
    private static partial Regex UidPattern();

    [GeneratedRegex("^series-sha256:[0-9a-f]{64}$")]
    private static partial Regex SeriesHashPattern();

    [GeneratedRegex("^content-sha256:[0-9a-f]{64}$")]
    private static partial Regex ContentHashPattern();
}
