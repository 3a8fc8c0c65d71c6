using HccMesh.Contracts.V1;
using MassTransit;

namespace HccMesh.FeatureExtraction.Consumers;

/// <summary>Fans a preprocessed phase out into one work item per image type for the competing workers.</summary>
public sealed class PhasePreprocessedConsumer : IConsumer<PhasePreprocessed>
{
    public async Task Consume(ConsumeContext<PhasePreprocessed> context)
    {
        var m = context.Message;
        var settingsKey = HccMesh.Storage.ObjectKeys.Settings(m.StudyId);
        var items = m.ImageTypes.Select(t => new ExtractFeatureSet(m.StudyId, m.Phase, t, m.VolumeKey, m.VolumeSha256, m.MaskKey, m.MaskSha256, settingsKey));
        await context.PublishBatch(items);
    }
}
