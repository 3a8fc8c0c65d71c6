using HccMesh.Contracts.V1;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace HccMesh.ServiceDefaults.Failures;

/// <summary>The one way a stage ends a study: publish StudyFailed, count it, log it (study GUID only).</summary>
public static partial class StudyFailurePublisher
{
    public static async Task PublishStudyFailed(this ConsumeContext context, Guid studyId, string stage, string code, string reason, ILogger logger)
    {
        LogStudyFailed(logger, studyId, stage, code);
        HccMeshTelemetry.StudiesFailed.Add(1, new KeyValuePair<string, object?>("stage", stage), new KeyValuePair<string, object?>("code", code));
        System.Diagnostics.Activity.Current?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, code);
        await context.Publish(new StudyFailed(studyId, stage, code, reason, DateTimeOffset.UtcNow));
    }

    /// <summary>Runs a stage; input refusals become StudyFailed, other exceptions propagate to the retry policy.</summary>
    public static async Task RunStage(this ConsumeContext context, Guid studyId, string stage, ILogger logger, Func<Task> work)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await work();
        }
        catch (Exception e) when (FailureClassifier.AsInputFailure(e) is { } failure)
        {
            await context.PublishStudyFailed(studyId, stage, failure.Code, failure.Reason, logger);
        }
        finally
        {
            HccMeshTelemetry.StageDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("stage", stage));
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Study {StudyId} failed in {Stage}: {Code}")]
    private static partial void LogStudyFailed(ILogger logger, Guid studyId, string stage, string code);
}
