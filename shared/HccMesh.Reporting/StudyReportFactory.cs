using HccMesh.Modeling.Scoring;

namespace HccMesh.Reporting;

/// <summary>Builds a <see cref="StudyReport"/> from a scoring result; the demo banner and intercept note follow the result's flags.</summary>
public static class StudyReportFactory
{
    public static StudyReport Create(
        RiskAssessmentResult result,
        StudyKey studyKey,
        IReadOnlyList<PhaseImaging> phases,
        string softwareVersion,
        string traceId,
        DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(result);
        var report = new StudyReport
        {
            FormatVersion = StudyReport.CurrentFormatVersion,
            StudyKey = studyKey,
            Model = new ReportModel
            {
                Id = result.ModelId,
                Version = result.ModelVersion,
                FeatureScale = result.FeatureScale,
                Flags = result.Flags,
            },
            Radscore = result.Radscore,
            RadscoreIntercept = result.RadscoreIntercept,
            Probability = result.Probability,
            RiskGroup = result.RiskGroup,
            Cutoff = result.Cutoff,
            ClinicalModelProbability = result.Clinical?.Probability,
            Contributions = result.Contributions,
            CombinedTerms = result.Combined.Terms,
            CombinedIntercept = result.Combined.Intercept,
            CombinedLinearPredictor = result.Combined.LinearPredictor,
            ClinicalInputs = result.ClinicalInputs,
            Phases = phases,
            Settings = result.Settings,
            SoftwareVersion = softwareVersion,
            TraceId = traceId,
            GeneratedAt = generatedAt,
            DemoBanner = result.Flags.Demo ? result.Flags.DemoNotice ?? Modeling.Artifacts.DemoMarker.StandardNotice : null,
            InterceptNote = result.Flags.InterceptEstimated ? result.Flags.InterceptNote : null,
        };
        StudyReportValidator.Validate(report);
        return report;
    }
}
