using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Scoring;

namespace HccMesh.Reporting;

/// <summary>
/// Everything a clinician-facing report shows for one study: the risk result and how it was
/// produced (model, settings, software, trace), the inputs (clinical values, mask volumes,
/// spacings) and the notices that must accompany it. Built by <see cref="StudyReportFactory"/>;
/// written by <see cref="ReportJsonWriter"/> and <see cref="ReportHtmlRenderer"/>.
/// Contains no patient name or ID (see <see cref="StudyKey"/>).
/// </summary>
public sealed record StudyReport
{
    public const int CurrentFormatVersion = 1;

    public required int FormatVersion { get; init; }

    public required StudyKey StudyKey { get; init; }

    public required ReportModel Model { get; init; }

    public required double Radscore { get; init; }

    public required double RadscoreIntercept { get; init; }

    /// <summary>Combined-model probability.</summary>
    public required double Probability { get; init; }

    /// <summary>"high" or "low".</summary>
    public required string RiskGroup { get; init; }

    public required RiskCutoff Cutoff { get; init; }

    public double? ClinicalModelProbability { get; init; }

    public required IReadOnlyList<FeatureContribution> Contributions { get; init; }

    /// <summary>Terms of the combined model (coded value × ln OR).</summary>
    public required IReadOnlyList<TermContribution> CombinedTerms { get; init; }

    public required double CombinedIntercept { get; init; }

    public required double CombinedLinearPredictor { get; init; }

    public required ClinicalValues ClinicalInputs { get; init; }

    public required IReadOnlyList<PhaseImaging> Phases { get; init; }

    public required SettingsReference Settings { get; init; }

    public required string SoftwareVersion { get; init; }

    public required string TraceId { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The demo notice; present if and only if Model.Flags.Demo.</summary>
    public string? DemoBanner { get; init; }

    /// <summary>How the intercept(s) were estimated; present if and only if Model.Flags.InterceptEstimated.</summary>
    public string? InterceptNote { get; init; }

    /// <summary>The clinical values were made up for a demonstration (the bundled sample), not a patient's.</summary>
    public bool ClinicalValuesIllustrative { get; init; }
}
