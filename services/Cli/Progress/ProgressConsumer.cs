using HccMesh.Contracts.V1;
using MassTransit;

namespace HccMesh.Cli.Progress;

/// <summary>Observes the public events of the pipeline (as any downstream subscriber would) and feeds the progress display.</summary>
public sealed class ProgressConsumer(StudyProgressHub hub) :
    IConsumer<StudyArrived>,
    IConsumer<PhasePreprocessed>,
    IConsumer<FeatureSetExtracted>,
    IConsumer<RiskAssessed>,
    IConsumer<ReportPublished>,
    IConsumer<StudyFailed>
{
    public Task Consume(ConsumeContext<StudyArrived> context) => Post(context.Message);

    public Task Consume(ConsumeContext<PhasePreprocessed> context) => Post(context.Message);

    public Task Consume(ConsumeContext<FeatureSetExtracted> context) => Post(context.Message);

    public Task Consume(ConsumeContext<RiskAssessed> context) => Post(context.Message);

    public Task Consume(ConsumeContext<ReportPublished> context) => Post(context.Message);

    public Task Consume(ConsumeContext<StudyFailed> context) => Post(context.Message);

    private Task Post(HccMesh.Contracts.IStudyMessage message)
    {
        hub.Post(message);
        return Task.CompletedTask;
    }
}
