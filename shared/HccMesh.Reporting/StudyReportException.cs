namespace HccMesh.Reporting;

/// <summary>A report that is incomplete or inconsistent (e.g. a demo result without its banner). Names the field.</summary>
public class StudyReportException(string field, string message, Exception? inner = null)
    : Exception($"study report field '{field}': {message}", inner)
{
    public string Field { get; } = field;
}
