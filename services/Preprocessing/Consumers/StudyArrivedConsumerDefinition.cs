using HccMesh.ServiceDefaults;
using MassTransit;

namespace HccMesh.Preprocessing.Consumers;

public sealed class StudyArrivedConsumerDefinition : ConsumerDefinition<StudyArrivedConsumer>
{
    public StudyArrivedConsumerDefinition()
    {
        EndpointName = "preprocessing";
        ConcurrentMessageLimit = 1;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<StudyArrivedConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseStageRetry();
}
