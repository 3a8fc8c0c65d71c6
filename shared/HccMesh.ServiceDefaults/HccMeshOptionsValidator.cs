using Microsoft.Extensions.Options;

namespace HccMesh.ServiceDefaults;

/// <summary>Rejects a bad configuration at start-up with a message naming the key.</summary>
public sealed class HccMeshOptionsValidator : IValidateOptions<HccMeshOptions>
{
    private static readonly string[] Transports = ["InMemory", "RabbitMq"];
    private static readonly string[] StorageKinds = ["FileSystem"];
    private static readonly string[] OtlpProtocols = ["HttpProtobuf", "Grpc"];

    public ValidateOptionsResult Validate(string? name, HccMeshOptions options)
    {
        var failures = new List<string>();
        if (!Transports.Contains(options.Bus.Transport, StringComparer.Ordinal))
        {
            failures.Add($"HccMesh:Bus:Transport must be one of {string.Join(", ", Transports)}; got '{options.Bus.Transport}'.");
        }

        if (options.Bus.Transport == "RabbitMq" && string.IsNullOrWhiteSpace(options.Bus.RabbitMqHost))
        {
            failures.Add("HccMesh:Bus:RabbitMqHost is required when Transport is RabbitMq.");
        }

        if (options.Bus.ExtractionConcurrency is < 1 or > 64)
        {
            failures.Add($"HccMesh:Bus:ExtractionConcurrency must be 1..64; got {options.Bus.ExtractionConcurrency}.");
        }

        if (!StorageKinds.Contains(options.Storage.Kind, StringComparer.Ordinal))
        {
            failures.Add($"HccMesh:Storage:Kind must be one of {string.Join(", ", StorageKinds)}; got '{options.Storage.Kind}' (the S3/MinIO store comes with the distributed mode).");
        }

        if (string.IsNullOrWhiteSpace(options.Storage.Root))
        {
            failures.Add("HccMesh:Storage:Root is required.");
        }

        if (!string.IsNullOrWhiteSpace(options.Telemetry.OtlpEndpoint) && !Uri.TryCreate(options.Telemetry.OtlpEndpoint, UriKind.Absolute, out _))
        {
            failures.Add($"HccMesh:Telemetry:OtlpEndpoint is not an absolute URI: '{options.Telemetry.OtlpEndpoint}'.");
        }

        if (!OtlpProtocols.Contains(options.Telemetry.OtlpProtocol, StringComparer.Ordinal))
        {
            failures.Add($"HccMesh:Telemetry:OtlpProtocol must be one of {string.Join(", ", OtlpProtocols)}.");
        }

        if (string.IsNullOrWhiteSpace(options.Pipeline.SettingsFile))
        {
            failures.Add("HccMesh:Pipeline:SettingsFile is required.");
        }

        if (string.IsNullOrWhiteSpace(options.Pipeline.ModelId))
        {
            failures.Add("HccMesh:Pipeline:ModelId is required.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
