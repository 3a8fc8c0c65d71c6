using HccMesh.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace HccMesh.ServiceDefaults.Failures;

/// <summary>
/// When a stage's message faults after its retries (an unexpected error, a storage outage), the study
/// must not vanish: this turns the Fault into StudyFailed with the exception's message.
/// Each service derives one per message it owns, naming its stage.
/// </summary>
public abstract class FaultToStudyFailedConsumer<TMessage>(ILogger logger) : IConsumer<Fault<TMessage>>
    where TMessage : class, IStudyMessage
{
    protected abstract string Stage { get; }

    public Task Consume(ConsumeContext<Fault<TMessage>> context)
    {
        var exception = context.Message.Exceptions.FirstOrDefault();
        var reason = exception is null ? "unknown error" : $"{exception.ExceptionType}: {exception.Message}";
        return context.PublishStudyFailed(context.Message.Message.StudyId, Stage, "internal-error", $"{Stage} failed after retries: {reason}", logger);
    }
}
