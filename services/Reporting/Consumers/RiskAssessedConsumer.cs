using HccMesh.Contracts;
using HccMesh.Contracts.V1;
using HccMesh.ServiceDefaults;
using HccMesh.ServiceDefaults.Failures;
using HccMesh.Storage;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace HccMesh.Reporting.Service.Consumers;

/// <summary>Renders the assessment document as the study's JSON and HTML report and announces it.</summary>
public sealed partial class RiskAssessedConsumer(IObjectStore store, ILogger<RiskAssessedConsumer> logger) : IConsumer<RiskAssessed>
{
    public async Task Consume(ConsumeContext<RiskAssessed> context)
    {
        var m = context.Message;
        using var activity = HccMeshTelemetry.Source.StartActivity("write report");
        activity?.SetTag("hccmesh.study_id", m.StudyId);
        await context.RunStage(m.StudyId, Stages.Reporting, logger, async () =>
        {
            StudyReport report;
            await using (var stream = await store.OpenReadAsync(m.AssessmentKey, context.CancellationToken))
            {
                report = ReportJsonReader.Read(stream);
            }

            var jsonKey = ObjectKeys.ReportJson(m.StudyId);
            var htmlKey = ObjectKeys.ReportHtml(m.StudyId);
            await store.PutTextAsync(jsonKey, ReportJsonWriter.ToJson(report), context.CancellationToken);
            await store.PutTextAsync(htmlKey, ReportHtmlRenderer.Render(report), context.CancellationToken);
            LogReported(logger, m.StudyId);
            await context.Publish(new ReportPublished(m.StudyId, m.StudyKey, jsonKey, htmlKey, DateTimeOffset.UtcNow));
        });
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Study {StudyId}: report written")]
    private static partial void LogReported(ILogger logger, Guid studyId);
}
