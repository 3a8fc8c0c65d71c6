using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Development;

namespace HccMesh.Reporting.Evaluation;

/// <summary>The report of <c>hccmesh evaluate</c>: a shipped model on a new cohort, with the same metrics and figures as development.</summary>
public static class ArtifactEvaluationReport
{
    public static EvaluationDocument Build(
        ModelArtifact artifact,
        string artifactFileName,
        CohortPerformance performance,
        NomogramModel? nomogram,
        string softwareVersion,
        DateTimeOffset generated)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        ArgumentNullException.ThrowIfNull(performance);
        var notices = new List<string>();
        if (artifact.Demo is { } demo)
        {
            notices.Add($"{demo.Notice}: {artifact.Id} is a demo artifact; its numbers are not a validated model's.");
        }

        if (artifact.Flags.Count > 0)
        {
            notices.Add("Model flags: " + string.Join(", ", artifact.Flags) + " (see the artifact's provenance).");
        }

        var figures = new List<CaptionedFigure> { new(EvaluationFigures.Roc(performance), $"ROC curves, {performance.Cohort} cohort.") };
        var sections = new List<EvaluationSection>
        {
            new("Cohort and model",
            [
                $"Cohort: {Path.GetFileName(performance.Source)}, {performance.Count} patients, {performance.Events} events.",
                $"Model: {artifact.Id} {artifact.Version} ({artifactFileName}). The combined model is classified at the artifact's risk cutoff " +
                $"{Cells.Fixed(artifact.RiskCutoff.Probability, 4)}; the radiomics and clinical models carry no cutoff, so only their AUC and calibration are given.",
            ], [], []),
            new("Discrimination", ["AUC with DeLong 95% CI; paired DeLong tests between models."],
                [DevelopmentTables.Performance([performance]), DevelopmentTables.Comparisons([performance])], figures),
            new("Calibration", ["A model developed elsewhere is often miscalibrated on a new site's patients: a calibration-in-the-large far from 0 or a slope far from 1 is what `hccmesh model recalibrate` corrects."],
                [], [new CaptionedFigure(EvaluationFigures.Calibration(performance), $"Calibration curves, {performance.Cohort} cohort.")]),
            new("Clinical usefulness", ["Net benefit against treating all and treating none."],
                [], [new CaptionedFigure(EvaluationFigures.DecisionCurves(performance), $"Decision curves, {performance.Cohort} cohort.")]),
        };
        if (nomogram is not null)
        {
            sections.Add(new EvaluationSection("Nomogram", ["The model's combined nomogram; axis ranges from this cohort."], [],
                [new CaptionedFigure(EvaluationFigures.Nomogram(nomogram, "Risk"), "Nomogram of the combined model (rms point scaling).")]));
        }

        sections.Add(new EvaluationSection("Model artifact", DevelopmentReport.ArtifactParagraphs(artifact, artifactFileName), [], []));
        return new EvaluationDocument($"Model evaluation — {artifact.Id} {artifact.Version} on {Path.GetFileName(performance.Source)}", notices, sections, softwareVersion, generated);
    }
}
