using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HccMesh.Scoring.State;

/// <summary>Creates the state tables before the bus starts delivering (register AddScoring before the bus).</summary>
public sealed class ScoringStateInitializer(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ScoringDbContext>().Database.EnsureCreatedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
