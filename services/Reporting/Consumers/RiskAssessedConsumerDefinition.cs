using HccMesh.ServiceDefaults;
using MassTransit;

namespace HccMesh.Reporting.Service.Consumers;

public sealed class RiskAssessedConsumerDefinition : ConsumerDefinition<RiskAssessedConsumer>
{
    public RiskAssessedConsumerDefinition() => EndpointName = "reporting";

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<RiskAssessedConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseStageRetry();
}
