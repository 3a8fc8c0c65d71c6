using HccMesh.Cli;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HccMesh.Pipeline.Tests;

/// <summary>A bad configuration stops the host at start-up with a message naming the key.</summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("HccMesh:Bus:Transport", "Kafka", "HccMesh:Bus:Transport")]
    [InlineData("HccMesh:Storage:Kind", "Tape", "HccMesh:Storage:Kind")]
    [InlineData("HccMesh:Telemetry:OtlpEndpoint", "not a uri", "HccMesh:Telemetry:OtlpEndpoint")]
    [InlineData("HccMesh:Bus:ExtractionConcurrency", "0", "HccMesh:Bus:ExtractionConcurrency")]
    public async Task Host_refuses_to_start_with_an_invalid_setting(string key, string value, string named)
    {
        using var host = EmbeddedHost.Build(new Dictionary<string, string?>
        {
            [key] = value,
            ["HccMesh:Storage:Root"] = Path.Combine(Path.GetTempPath(), "hccmesh-opts-" + Guid.NewGuid().ToString("N")),
        });

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, e.Message);
    }
}
