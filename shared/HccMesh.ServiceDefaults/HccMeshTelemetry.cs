using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace HccMesh.ServiceDefaults;

/// <summary>The project's ActivitySource and Meter. Tags carry study GUIDs, phases and image types only.</summary>
public static class HccMeshTelemetry
{
    public const string SourceName = "HccMesh";

    public static readonly ActivitySource Source = new(SourceName, SoftwareVersion.Current);

    public static readonly Meter Meter = new(SourceName, SoftwareVersion.Current);

    public static readonly Counter<long> StudiesFailed = Meter.CreateCounter<long>("hccmesh.studies.failed", description: "Studies that ended in StudyFailed, by stage");

    public static readonly Histogram<double> StageDuration = Meter.CreateHistogram<double>("hccmesh.stage.duration", "ms", "Time spent in one consumer, by stage");
}
