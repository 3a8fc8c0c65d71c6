using HccMesh.Contracts.V1;
using HccMesh.Scoring.Consumers;
using HccMesh.Scoring.State;
using HccMesh.ServiceDefaults;
using HccMesh.ServiceDefaults.Failures;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HccMesh.Scoring.Extensions;

public static class ScoringExtensions
{
    /// <summary>Scoring's own services: durable state (SQLite file under the store root in embedded mode) and the model catalog.</summary>
    public static IServiceCollection AddScoring(this IServiceCollection services)
    {
        services.AddDbContext<ScoringDbContext>((sp, db) =>
        {
            var o = sp.GetRequiredService<IOptions<HccMeshOptions>>().Value;
            var file = Path.GetFullPath(o.Pipeline.StateDatabase, Path.GetFullPath(o.Storage.Root));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            db.UseSqlite($"Data Source={file}");
        });
        services.AddScoped<StudyCollector>();
        services.AddScoped<StudyAssessor>();
        services.AddHostedService<ScoringStateInitializer>();
        return services;
    }

    /// <summary>All Scoring consumers share the "scoring" queue and take one message at a time, so the completeness check cannot race.</summary>
    public static void AddScoringConsumers(this IBusRegistrationConfigurator bus)
    {
        static void Serial(IEndpointRegistrationConfigurator e)
        {
            e.Name = "scoring";
            e.ConcurrentMessageLimit = 1;
        }

        bus.AddConsumer<StudyArrivedScoringConsumer>(c => c.UseMessageRetry(r => r.Intervals(200, 1000, 3000))).Endpoint(Serial);
        bus.AddConsumer<PhasePreprocessedScoringConsumer>(c => c.UseMessageRetry(r => r.Intervals(200, 1000, 3000))).Endpoint(Serial);
        bus.AddConsumer<FeatureSetExtractedConsumer>(c => c.UseMessageRetry(r => r.Intervals(200, 1000, 3000))).Endpoint(Serial);
        bus.AddConsumer<StudyFailedScoringConsumer>().Endpoint(Serial);
        bus.AddConsumer<FeatureSetExtractedFaultConsumer>();
    }
}
