using System.Text.Json;

namespace HccMesh.Reporting;

/// <summary>Writes a validated <see cref="StudyReport"/> as JSON.</summary>
public static class ReportJsonWriter
{
    public static string ToJson(StudyReport report)
    {
        StudyReportValidator.Validate(report);
        return JsonSerializer.Serialize(report, ReportJsonOptions.Options);
    }

    public static void Write(StudyReport report, Stream stream)
    {
        StudyReportValidator.Validate(report);
        JsonSerializer.Serialize(stream, report, ReportJsonOptions.Options);
    }
}
