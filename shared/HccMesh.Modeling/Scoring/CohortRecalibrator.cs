using System.Globalization;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;

namespace HccMesh.Modeling.Scoring;

/// <summary>
/// Recalibrates an artifact's logistic models on local outcomes: each cohort row is scored (<see cref="CohortScorer"/>),
/// and <see cref="LogisticRecalibration"/> refits the combined model on its linear predictor (and the clinical model on
/// its own). The radscore is unchanged; the risk cutoff is kept. The copy gets a new id/version, provenance saying
/// what was done, flags re-derived, and is validated and checked scorable.
/// </summary>
public static class CohortRecalibrator
{
    public const string DefaultIdSuffix = "-recalibrated";

    public static CohortRecalibration Recalibrate(
        ModelArtifact artifact,
        CohortTable cohort,
        string outcomeColumn,
        RecalibrationMethod method,
        string? id = null,
        string? version = null,
        DateTimeOffset? created = null)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        ArgumentNullException.ThrowIfNull(cohort);
        var outcomes = CohortOutcomes.Read(cohort, outcomeColumn);
        var predictions = CohortScorer.Score(artifact, cohort);
        var combinedFit = LogisticRecalibration.Fit(predictions.Select(p => p.CombinedLinearPredictor).ToArray(), outcomes, method);
        RecalibrationFit? clinicalFit = null;
        if (artifact.ClinicalModel is not null)
        {
            clinicalFit = LogisticRecalibration.Fit(predictions.Select(p => p.ClinicalLinearPredictor!.Value).ToArray(), outcomes, method);
        }

        var file = Path.GetFileName(cohort.Source);
        var result = artifact with
        {
            Id = id ?? artifact.Id + DefaultIdSuffix,
            Version = version ?? artifact.Version,
            Created = created ?? DateTimeOffset.UtcNow,
            CombinedModel = LogisticRecalibration.Apply(artifact.CombinedModel, combinedFit, Describe(combinedFit, file)),
            ClinicalModel = artifact.ClinicalModel is null ? null : LogisticRecalibration.Apply(artifact.ClinicalModel, clinicalFit!, Describe(clinicalFit!, file)),
            Provenance = artifact.Provenance +
                $" Recalibrated from {artifact.Id}@{artifact.Version} by `hccmesh model recalibrate`: combined model {Describe(combinedFit, file)}" +
                (clinicalFit is null ? "" : $"; clinical model {Describe(clinicalFit, file)}") +
                ". The radscore and the risk cutoff are unchanged.",
            Flags = [],
        };
        result = result with { Flags = ArtifactFlags.Derive(result) };
        ModelArtifactValidator.Validate(result);
        RiskScorer.EnsureScorable(result);
        return new CohortRecalibration { Artifact = result, Combined = combinedFit, Clinical = clinicalFit, SourcePredictions = predictions };
    }

    /// <summary>"recalibrated (intercept+slope) on N cases with E events from FILE: a = …, b = …".</summary>
    public static string Describe(RecalibrationFit fit, string fileName) =>
        $"recalibrated ({fit.MethodName}) on {fit.Cases} cases with {fit.Events} events from {fileName}: " +
        (fit.Method == RecalibrationMethod.Intercept
            ? $"glm(y ~ 1, offset = lp), a = {F(fit.Intercept)} added to the intercept"
            : $"glm(y ~ lp), a = {F(fit.Intercept)}, b = {F(fit.Slope)}; intercept a + b·b0, coefficients × b");

    private static string F(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
