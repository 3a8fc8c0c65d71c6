using HccMesh.Cli.Progress;
using HccMesh.FeatureExtraction.Extensions;
using HccMesh.Ingestion.Extensions;
using HccMesh.Preprocessing.Extensions;
using HccMesh.Reporting.Service.Extensions;
using HccMesh.Scoring.Extensions;
using HccMesh.ServiceDefaults;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HccMesh.Cli;

/// <summary>
/// All five services in one process: the same consumers as the distributed hosts, on whatever transport the
/// configuration names (in-memory by default, from appsettings.cli.json). Distributed mode is configuration.
/// </summary>
public static class EmbeddedHost
{
    public static IHost Build(IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.cli.json"), optional: false);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(overrides);

        builder.Services.AddScoring();
        builder.AddHccMeshDefaults("hccmesh-embedded", bus =>
        {
            bus.AddIngestionConsumers();
            bus.AddPreprocessingConsumers();
            bus.AddFeatureExtractionConsumers();
            bus.AddScoringConsumers();
            bus.AddReportingConsumers();
            bus.AddConsumer<ProgressConsumer>().Endpoint(e => e.Name = "cli-progress");
        });
        builder.Services.AddIngestion(builder.Configuration);
        builder.Services.AddSingleton<StudyProgressHub>();
        return builder.Build();
    }
}
