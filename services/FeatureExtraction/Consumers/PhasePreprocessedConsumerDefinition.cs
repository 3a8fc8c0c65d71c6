using HccMesh.ServiceDefaults;
using MassTransit;

namespace HccMesh.FeatureExtraction.Consumers;

public sealed class PhasePreprocessedConsumerDefinition : ConsumerDefinition<PhasePreprocessedConsumer>
{
    public PhasePreprocessedConsumerDefinition() => EndpointName = "feature-extraction-fan-out";

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<PhasePreprocessedConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseStageRetry();
}
