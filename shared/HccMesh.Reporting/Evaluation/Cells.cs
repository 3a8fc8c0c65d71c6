using System.Globalization;

namespace HccMesh.Reporting.Evaluation;

/// <summary>How numbers are printed in the results tables (the conventions of clinical papers).</summary>
internal static class Cells
{
    /// <summary>Fixed decimals; a value that rounds to zero prints "0.000", never "-0.000".</summary>
    public static string Fixed(double value, int digits = 3)
    {
        if (!double.IsFinite(value))
        {
            return "—";
        }

        var rounded = Math.Round(value, digits);
        return (rounded == 0 ? 0.0 : rounded).ToString("F" + digits, CultureInfo.InvariantCulture);
    }

    /// <summary>p as "&lt;0.001" below 0.001, else 3 decimals.</summary>
    public static string P(double p) => double.IsNaN(p) ? "—" : p < 0.001 ? "<0.001" : Fixed(p);

    /// <summary>"1.234 (0.567–2.345)".</summary>
    public static string WithInterval(double value, double lower, double upper, int digits = 3) =>
        $"{Fixed(value, digits)} ({Fixed(lower, digits)}–{Fixed(upper, digits)})";

    /// <summary>Round-trip text for machine-read columns.</summary>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
