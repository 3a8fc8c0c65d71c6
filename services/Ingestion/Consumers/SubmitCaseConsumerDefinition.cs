using HccMesh.ServiceDefaults;
using MassTransit;

namespace HccMesh.Ingestion.Consumers;

public sealed class SubmitCaseConsumerDefinition : ConsumerDefinition<SubmitCaseConsumer>
{
    public SubmitCaseConsumerDefinition()
    {
        EndpointName = "ingestion";
        ConcurrentMessageLimit = 2;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<SubmitCaseConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseStageRetry();
}
