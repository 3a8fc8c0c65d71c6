using System.Globalization;

namespace HccMesh.Modeling.Cohorts;

/// <summary>How a cell's text reads as a number.</summary>
public enum CellValueKind
{
    Number,

    /// <summary>Empty, or one of the missing markers NA, NaN, null, N/A (case-insensitive, trimmed).</summary>
    Missing,

    /// <summary>A number that is infinite or NaN ("inf", "Infinity", "1e999", ...).</summary>
    NonFinite,

    /// <summary>Anything else ("12,5", "abc").</summary>
    NotNumber,
}

/// <summary>Reads cell text as a double: invariant culture, '.' decimal point, optional exponent, no grouping.</summary>
public static class CellValue
{
    public static CellValueKind Read(string cell, out double value)
    {
        var text = cell.AsSpan().Trim();
        value = double.NaN;
        if (IsMissingMarker(text))
        {
            return CellValueKind.Missing;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            if (!double.IsFinite(parsed))
            {
                return CellValueKind.NonFinite;
            }

            value = parsed;
            return CellValueKind.Number;
        }

        return IsInfinityWord(text) ? CellValueKind.NonFinite : CellValueKind.NotNumber;
    }

    /// <summary>"", "NA", "NaN", "nan", "null", "N/A" in any case, after trimming.</summary>
    public static bool IsMissingMarker(ReadOnlySpan<char> trimmed) =>
        trimmed.Length == 0
        || trimmed.Equals("NA", StringComparison.OrdinalIgnoreCase)
        || trimmed.Equals("NaN", StringComparison.OrdinalIgnoreCase)
        || trimmed.Equals("null", StringComparison.OrdinalIgnoreCase)
        || trimmed.Equals("N/A", StringComparison.OrdinalIgnoreCase);

    private static bool IsInfinityWord(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && text[0] is '+' or '-')
        {
            text = text[1..];
        }

        return text.Equals("inf", StringComparison.OrdinalIgnoreCase)
            || text.Equals("infinity", StringComparison.OrdinalIgnoreCase)
            || text.Equals("∞", StringComparison.Ordinal);
    }
}
