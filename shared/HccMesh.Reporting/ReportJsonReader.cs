using System.Text.Json;

namespace HccMesh.Reporting;

/// <summary>Reads report JSON written by <see cref="ReportJsonWriter"/>; strict, then validated.</summary>
public static class ReportJsonReader
{
    public static StudyReport FromJson(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Read(stream);
    }

    public static StudyReport Read(Stream stream)
    {
        StudyReport? report;
        try
        {
            report = JsonSerializer.Deserialize<StudyReport>(stream, ReportJsonOptions.Options);
        }
        catch (JsonException e)
        {
            throw new StudyReportException(e.Path ?? "$", e.Message, e);
        }

        if (report is null)
        {
            throw new StudyReportException("$", "the document is null");
        }

        StudyReportValidator.Validate(report);
        return report;
    }
}
