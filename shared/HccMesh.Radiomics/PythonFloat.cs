using System.Globalization;

namespace HccMesh.Radiomics;

/// <summary>
/// Python's <c>repr(float)</c> (= <c>str(float)</c>): the shortest round-trip digits, positional with ".0" for
/// integral values when 1e-4 ≤ |x| &lt; 1e16, otherwise <c>d.ddde±XX</c>.
/// </summary>
public static class PythonFloat
{
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        // Shortest round-trip digits and decimal exponent: value = 0.d1d2d3… × 10^point.
        string r = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        int exp = 0;
        int e = r.IndexOf('E');
        if (e >= 0)
        {
            exp = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }

        int dot = r.IndexOf('.');
        string digits = dot < 0 ? r : r.Remove(dot, 1);
        int point = (dot < 0 ? r.Length : dot) + exp;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
            point--;
        }

        digits = digits[lead..].TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        string sign = value < 0 ? "-" : string.Empty;
        int sci = point - 1; // exponent of the first digit
        if (sci < -4 || sci >= 16)
        {
            string mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            return $"{sign}{mantissa}e{(sci < 0 ? "-" : "+")}{Math.Abs(sci):00}";
        }

        if (point <= 0)
        {
            return $"{sign}0.{new string('0', -point)}{digits}";
        }

        if (point >= digits.Length)
        {
            return $"{sign}{digits}{new string('0', point - digits.Length)}.0";
        }

        return $"{sign}{digits[..point]}.{digits[point..]}";
    }
}
