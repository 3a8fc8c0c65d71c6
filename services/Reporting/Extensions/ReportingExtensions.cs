using HccMesh.Reporting.Service.Consumers;
using MassTransit;

namespace HccMesh.Reporting.Service.Extensions;

public static class ReportingExtensions
{
    public static void AddReportingConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<RiskAssessedConsumer, RiskAssessedConsumerDefinition>();
        bus.AddConsumer<RiskAssessedFaultConsumer>();
    }
}
