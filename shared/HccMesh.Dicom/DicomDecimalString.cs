using System.Globalization;

namespace HccMesh.Dicom;

/// <summary>Formats numbers as DICOM Decimal String (DS) values: at most 16 characters (PS3.5 table 6.2-1).</summary>
public static class DicomDecimalString
{
    public const int MaxLength = 16;

    /// <summary>The shortest round-trip text when it fits 16 characters, otherwise the most significant digits that fit.</summary>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "DS values must be finite.");
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        for (int digits = 15; text.Length > MaxLength && digits > 0; digits--)
        {
            text = value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        return text;
    }
}
