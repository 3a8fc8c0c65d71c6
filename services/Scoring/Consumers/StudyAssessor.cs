using System.Diagnostics;
using System.Text.Json;
using HccMesh.Contracts.V1;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Scoring;
using HccMesh.Radiomics.Pipeline;
using HccMesh.Reporting;
using HccMesh.ServiceDefaults;
using HccMesh.ServiceDefaults.Failures;
using HccMesh.ServiceDefaults.Models;
using HccMesh.Storage;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace HccMesh.Scoring.Consumers;

/// <summary>
/// When every feature set of a study is in: radscore + combined model with the configured artifact, the
/// assessment document (the report's content) into the store, and the public RiskAssessed event. Exactly once:
/// the study is marked assessed in the same unit of work that decides to publish.
/// </summary>
public sealed partial class StudyAssessor(StudyCollector collector, ModelCatalog models, IObjectStore store, ILogger<StudyAssessor> logger)
{
    public async Task AssessIfComplete(ConsumeContext context, Guid studyId)
    {
        var complete = await collector.CompleteOrNull(studyId, context.CancellationToken);
        if (complete is null)
        {
            return;
        }

        using var activity = HccMeshTelemetry.Source.StartActivity("score study");
        activity?.SetTag("hccmesh.study_id", studyId);
        try
        {
            var assessed = await Assess(complete, context.CancellationToken);
            await collector.MarkAssessed(complete.Study, context.CancellationToken);
            await context.Publish(assessed);
            LogAssessed(logger, studyId, assessed.ModelId, assessed.RiskGroup);
        }
        catch (Exception e) when (FailureClassifier.AsInputFailure(e) is { } failure)
        {
            await collector.MarkFailed(complete.Study, failure.Reason, context.CancellationToken);
            await context.PublishStudyFailed(studyId, HccMesh.Contracts.Stages.Scoring, failure.Code, failure.Reason, logger);
        }
    }

    private async Task<RiskAssessed> Assess(CompleteStudy complete, CancellationToken ct)
    {
        var study = complete.Study;
        var arrival = JsonSerializer.Deserialize<StudyArrived>(study.ArrivalJson, StudyCollector.Json)!;
        var artifact = models.Get(study.ModelId);

        var features = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var set in complete.FeatureSets)
        {
            var vector = FeatureVector.ParseCsv(await store.GetTextAsync(set.FeaturesKey, ct), set.FeaturesKey);
            foreach (var (name, value) in vector.Items)
            {
                features[FeatureKey.Of(set.Phase, name)] = value;
            }
        }

        var c = arrival.Clinical;
        var clinical = new ClinicalValues { BmiKgPerM2 = c.BmiKgPerM2, MicrovascularInvasion = c.Mvi, PortalVeinThrombosis = c.Pv, AlbuminGramsPerLitre = c.AlbuminGramsPerLitre };
        var result = RiskScorer.Score(artifact, features, clinical, study.SettingsSha256);

        var phases = complete.Phases
            .Select(p => JsonSerializer.Deserialize<PhasePreprocessed>(p.PreprocessedJson, StudyCollector.Json)!)
            .OrderBy(p => HccMesh.Contracts.Phases.All.ToList().IndexOf(p.Phase))
            .Select(p => PhaseImaging.FromMask(p.Phase, p.RoiVoxelCount, p.Original.Spacing, p.Resampled.Spacing) with { MaskLabel = p.MaskLabel })
            .ToList();
        var traceId = Activity.Current?.TraceId.ToString() ?? "none";
        var studyKey = study.StudyKeySource == StudyKey.StudyInstanceUidKind
            ? StudyKey.FromStudyInstanceUid(study.StudyKey)
            : new StudyKey { Value = study.StudyKey, Kind = study.StudyKeySource };
        var report = StudyReportFactory.Create(result, studyKey, phases, SoftwareVersion.Current, traceId, DateTimeOffset.UtcNow) with
        {
            ClinicalValuesIllustrative = c.Illustrative,
        };

        var key = ObjectKeys.Assessment(study.StudyId);
        await store.PutTextAsync(key, ReportJsonWriter.ToJson(report), ct);
        return new RiskAssessed(
            study.StudyId,
            study.StudyKey,
            study.StudyKeySource,
            result.ModelId,
            result.ModelVersion,
            result.Radscore,
            result.Probability,
            result.RiskGroup,
            result.Cutoff.Probability,
            result.Flags.Flags,
            key,
            traceId,
            DateTimeOffset.UtcNow);
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Study {StudyId} assessed with {ModelId}: risk group {RiskGroup}")]
    private static partial void LogAssessed(ILogger logger, Guid studyId, string modelId, string riskGroup);
}
