using HccMesh.Contracts.V1;
using MassTransit;

namespace HccMesh.Scoring.Consumers;

/// <summary>StudyArrived: remember the study, its phases and clinical values.</summary>
public sealed class StudyArrivedScoringConsumer(StudyCollector collector, StudyAssessor assessor) : IConsumer<StudyArrived>
{
    public async Task Consume(ConsumeContext<StudyArrived> context)
    {
        await collector.RecordArrival(context.Message, context.CancellationToken);
        await assessor.AssessIfComplete(context, context.Message.StudyId);
    }
}

/// <summary>PhasePreprocessed: how many feature sets to expect for the phase.</summary>
public sealed class PhasePreprocessedScoringConsumer(StudyCollector collector, StudyAssessor assessor) : IConsumer<PhasePreprocessed>
{
    public async Task Consume(ConsumeContext<PhasePreprocessed> context)
    {
        await collector.RecordPhase(context.Message, context.CancellationToken);
        await assessor.AssessIfComplete(context, context.Message.StudyId);
    }
}

/// <summary>FeatureSetExtracted: one more set in; score when the study is complete.</summary>
public sealed class FeatureSetExtractedConsumer(StudyCollector collector, StudyAssessor assessor) : IConsumer<FeatureSetExtracted>
{
    public async Task Consume(ConsumeContext<FeatureSetExtracted> context)
    {
        await collector.RecordFeatureSet(context.Message, context.CancellationToken);
        await assessor.AssessIfComplete(context, context.Message.StudyId);
    }
}

/// <summary>StudyFailed from any stage: stop waiting for the study.</summary>
public sealed class StudyFailedScoringConsumer(StudyCollector collector) : IConsumer<StudyFailed>
{
    public Task Consume(ConsumeContext<StudyFailed> context) => collector.RecordFailure(context.Message, context.CancellationToken);
}
