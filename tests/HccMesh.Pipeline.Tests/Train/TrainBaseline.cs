namespace HccMesh.Pipeline.Tests.Train;

/// <summary>
/// One default <c>hccmesh train</c> run on <see cref="TrainCohortFiles"/>, shared by the tests that only read its
/// outputs (a run takes seconds to minutes on a loaded 2-core machine).
/// </summary>
public sealed class TrainBaseline : IAsyncLifetime
{
    private readonly TrainCohortFiles cohorts = new();

    internal TrainCohortFiles Cohorts => cohorts;

    internal Commands.CliResult Run { get; private set; } = null!;

    public string Out => cohorts.Out;

    public async Task InitializeAsync() => Run = await CommandLineRunner.TrainAsync(cohorts.Args());

    public Task DisposeAsync()
    {
        cohorts.Dispose();
        return Task.CompletedTask;
    }
}
