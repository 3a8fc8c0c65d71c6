namespace HccMesh.ServiceDefaults;

/// <summary>Configuration section "HccMesh": which transport, store and telemetry a host uses. Embedded is the default.</summary>
public sealed class HccMeshOptions
{
    public const string SectionName = "HccMesh";

    public BusOptions Bus { get; set; } = new();

    public StorageOptions Storage { get; set; } = new();

    public TelemetryOptions Telemetry { get; set; } = new();

    public PipelineOptions Pipeline { get; set; } = new();
}

public sealed class BusOptions
{
    /// <summary>"InMemory" (embedded, one process) or "RabbitMq" (distributed).</summary>
    public string Transport { get; set; } = "InMemory";

    public string RabbitMqHost { get; set; } = "localhost";

    public ushort RabbitMqPort { get; set; } = 5672;

    public string RabbitMqVirtualHost { get; set; } = "/";

    public string RabbitMqUsername { get; set; } = "guest";

    public string RabbitMqPassword { get; set; } = "guest";

    /// <summary>Concurrent messages per extraction worker process.</summary>
    public int ExtractionConcurrency { get; set; } = 1;
}

public sealed class StorageOptions
{
    /// <summary>"FileSystem" (embedded).</summary>
    public string Kind { get; set; } = "FileSystem";

    /// <summary>Root folder of the filesystem store (and of SQLite state in embedded mode).</summary>
    public string Root { get; set; } = ".hccmesh/store";
}

public sealed class TelemetryOptions
{
    /// <summary>OTLP endpoint (e.g. http://localhost:4318); empty means traces stay in-process.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>"HttpProtobuf" or "Grpc".</summary>
    public string OtlpProtocol { get; set; } = "HttpProtobuf";
}

public sealed class PipelineOptions
{
    /// <summary>PyRadiomics-style parameter file used for every study; relative paths are under the host's folder.</summary>
    public string SettingsFile { get; set; } = "Settings/paper-hcc.yaml";

    /// <summary>Folder holding model artifacts (*.json); relative paths are under the host's folder.</summary>
    public string ModelsDirectory { get; set; } = "Models";

    /// <summary>Artifact id used for scoring.</summary>
    public string ModelId { get; set; } = "hcc-ehm-demo";

    /// <summary>SQLite database file of the durable pipeline state (embedded); relative paths are under Storage.Root.</summary>
    public string StateDatabase { get; set; } = "state.db";
}
