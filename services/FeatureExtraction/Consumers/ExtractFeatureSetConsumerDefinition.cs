using HccMesh.ServiceDefaults;
using MassTransit;
using Microsoft.Extensions.Options;

namespace HccMesh.FeatureExtraction.Consumers;

/// <summary>Competing workers share the "feature-extraction" queue; each process takes ExtractionConcurrency items at a time.</summary>
public sealed class ExtractFeatureSetConsumerDefinition : ConsumerDefinition<ExtractFeatureSetConsumer>
{
    public ExtractFeatureSetConsumerDefinition(IOptions<HccMeshOptions> options)
    {
        EndpointName = "feature-extraction";
        ConcurrentMessageLimit = options.Value.Bus.ExtractionConcurrency;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ExtractFeatureSetConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseStageRetry();
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            // One unacknowledged item per worker slot: long extractions must not be hoarded by one worker.
            rabbit.PrefetchCount = (ushort)(ConcurrentMessageLimit ?? 1);
        }
    }
}
