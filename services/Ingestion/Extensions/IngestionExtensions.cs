using HccMesh.Ingestion.Consumers;
using HccMesh.Ingestion.Inbox;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HccMesh.Ingestion.Extensions;

public static class IngestionExtensions
{
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InboxOptions>().Bind(configuration.GetSection(InboxOptions.SectionName));
        services.AddHostedService<InboxWatcher>();
        return services;
    }

    public static void AddIngestionConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<SubmitCaseConsumer, SubmitCaseConsumerDefinition>();
        bus.AddConsumer<SubmitCaseFaultConsumer>();
    }
}
