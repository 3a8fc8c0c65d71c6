using HccMesh.FeatureExtraction.Consumers;
using MassTransit;

namespace HccMesh.FeatureExtraction.Extensions;

public static class FeatureExtractionExtensions
{
    public static void AddFeatureExtractionConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<PhasePreprocessedConsumer, PhasePreprocessedConsumerDefinition>();
        bus.AddConsumer<ExtractFeatureSetConsumer, ExtractFeatureSetConsumerDefinition>();
        bus.AddConsumer<ExtractFeatureSetFaultConsumer>();
    }
}
