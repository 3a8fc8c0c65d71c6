namespace HccMesh.Modeling.Cohorts;

/// <summary>
/// A cohort file that cannot be used as given. The message is complete and meant for the researcher:
/// it names the file, the column and/or the row (line number and id), and what to do.
/// </summary>
public sealed class CohortException : Exception
{
    public CohortException(string source, string? column, int? line, string message)
        : base(message)
    {
        Source = source;
        base.Source = source; // so that code seeing a plain Exception also reads the file name
        Column = column;
        Line = line;
    }

    /// <summary>The file path or name the cohort was read from (hides <see cref="Exception.Source"/>, which holds the same).</summary>
    public new string Source { get; }

    /// <summary>The offending column, when one is at fault.</summary>
    public string? Column { get; }

    /// <summary>1-based physical line in the file (header = 1), when one row is at fault.</summary>
    public int? Line { get; }
}
