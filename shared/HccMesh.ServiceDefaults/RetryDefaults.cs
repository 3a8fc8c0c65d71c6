using HccMesh.ServiceDefaults.Failures;
using MassTransit;

namespace HccMesh.ServiceDefaults;

public static class RetryDefaults
{
    /// <summary>Transient errors (storage, broker) are retried a few times; input refusals never reach here.</summary>
    public static void UseStageRetry(this IReceiveEndpointConfigurator endpoint) =>
        endpoint.UseMessageRetry(r =>
        {
            r.Ignore<StudyInputException>();
            r.Intervals(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));
        });
}
