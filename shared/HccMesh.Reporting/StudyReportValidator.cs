namespace HccMesh.Reporting;

/// <summary>
/// Checks a report before it is written or rendered, and after it is read: required text present,
/// a valid study key, and the notices consistent with the flags (banner iff demo, intercept note iff
/// the intercept is estimated).
/// </summary>
public static class StudyReportValidator
{
    public static void Validate(StudyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.FormatVersion != StudyReport.CurrentFormatVersion)
        {
            throw new StudyReportException("formatVersion", $"unsupported value {report.FormatVersion}; expected {StudyReport.CurrentFormatVersion}");
        }

        try
        {
            (report.StudyKey ?? throw new ArgumentException("is required")).Validate();
        }
        catch (ArgumentException e)
        {
            throw new StudyReportException("studyKey", e.Message, e);
        }

        RequireText(report.Model?.Id, "model.id");
        RequireText(report.Model?.Version, "model.version");
        RequireText(report.SoftwareVersion, "softwareVersion");
        RequireText(report.TraceId, "traceId");
        RequireText(report.Settings?.FileName, "settings.fileName");
        if (report.RiskGroup is not ("high" or "low"))
        {
            throw new StudyReportException("riskGroup", $"unknown value '{report.RiskGroup}'; expected 'high' or 'low'");
        }

        if (!(report.Probability is >= 0 and <= 1))
        {
            throw new StudyReportException("probability", $"must lie in [0, 1] (found {report.Probability})");
        }

        var flags = report.Model!.Flags ?? throw new StudyReportException("model.flags", "is required");
        if (flags.Demo != report.DemoBanner is not null)
        {
            throw new StudyReportException("demoBanner", flags.Demo
                ? "a demo model's report must carry the demo banner"
                : "only a demo model's report carries a demo banner");
        }

        if (flags.Demo && string.IsNullOrWhiteSpace(report.DemoBanner))
        {
            throw new StudyReportException("demoBanner", "must not be empty");
        }

        if (flags.InterceptEstimated != report.InterceptNote is not null)
        {
            throw new StudyReportException("interceptNote", flags.InterceptEstimated
                ? "a report from a model with an estimated intercept must carry the estimation note"
                : "present although the model's intercept is not estimated");
        }
    }

    private static void RequireText(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new StudyReportException(field, "is required and must not be empty");
        }
    }
}
