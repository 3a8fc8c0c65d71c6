namespace HccMesh.Radiomics.Tests;

/// <summary>Relative agreement of a computed value with a reference (NaN equals NaN).</summary>
internal static class Agreement
{
    /// <summary>|a − e| / max(|a|, |e|); 0 when both are equal (including both NaN), ∞ when only one is NaN.</summary>
    public static double RelativeError(double actual, double expected)
    {
        if (actual.Equals(expected))
        {
            return 0;
        }

        if (double.IsNaN(actual) || double.IsNaN(expected))
        {
            return double.PositiveInfinity;
        }

        return Math.Abs(actual - expected) / Math.Max(Math.Abs(actual), Math.Abs(expected));
    }
}
