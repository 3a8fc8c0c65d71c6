namespace HccMesh.Modeling.Cohorts;

/// <summary>Writing side of the RFC 4180 CSV the cohort reader parses: a field is quoted when it holds a comma, quote or line break.</summary>
public static class CsvField
{
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
