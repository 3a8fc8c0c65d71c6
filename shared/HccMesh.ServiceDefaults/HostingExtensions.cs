using HccMesh.Storage;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace HccMesh.ServiceDefaults;

/// <summary>What every HccMesh host shares: options, object store, bus, tracing (the eShop ServiceDefaults idea).</summary>
public static class HostingExtensions
{
    /// <param name="serviceName">Resource name in traces, e.g. "hccmesh-scoring".</param>
    /// <param name="addConsumers">The consumers this host runs (one service's, or all five in embedded mode).</param>
    public static IHostApplicationBuilder AddHccMeshDefaults(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator> addConsumers)
    {
        var services = builder.Services;
        services.AddOptions<HccMeshOptions>()
            .Bind(builder.Configuration.GetSection(HccMeshOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<HccMeshOptions>, HccMeshOptionsValidator>();

        var options = builder.Configuration.GetSection(HccMeshOptions.SectionName).Get<HccMeshOptions>() ?? new HccMeshOptions();

        services.AddSingleton<IObjectStore>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<HccMeshOptions>>().Value;
            return new FileSystemObjectStore(o.Storage.Root);
        });

        services.AddSingleton<Models.ModelCatalog>();
        AddTracing(services, serviceName, options.Telemetry);

        services.AddMassTransit(x =>
        {
            x.SetKebabCaseEndpointNameFormatter();
            addConsumers(x);
            if (options.Bus.Transport == "RabbitMq")
            {
                x.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(options.Bus.RabbitMqHost, options.Bus.RabbitMqPort, options.Bus.RabbitMqVirtualHost, h =>
                    {
                        h.Username(options.Bus.RabbitMqUsername);
                        h.Password(options.Bus.RabbitMqPassword);
                    });
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
        });

        return builder;
    }

    private static void AddTracing(IServiceCollection services, string serviceName, TelemetryOptions telemetry)
    {
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName, serviceVersion: SoftwareVersion.Current))
            .WithTracing(tracing =>
            {
                tracing.AddSource("MassTransit", HccMeshTelemetry.SourceName);
                if (!string.IsNullOrWhiteSpace(telemetry.OtlpEndpoint))
                {
                    tracing.AddOtlpExporter(o =>
                    {
                        var grpc = telemetry.OtlpProtocol == "Grpc";
                        var endpoint = new Uri(telemetry.OtlpEndpoint);

                        // An endpoint set in code is used verbatim; OTLP/HTTP needs the signal path.
                        o.Endpoint = grpc || endpoint.AbsolutePath.EndsWith("/v1/traces", StringComparison.Ordinal)
                            ? endpoint
                            : new Uri(endpoint, "v1/traces");
                        o.Protocol = grpc ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
                    });
                }
            });
    }
}
