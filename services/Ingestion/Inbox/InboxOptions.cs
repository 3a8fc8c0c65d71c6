namespace HccMesh.Ingestion.Inbox;

/// <summary>Section "HccMesh:Inbox": a folder watched for new cases (long-running mode).</summary>
public sealed class InboxOptions
{
    public const string SectionName = "HccMesh:Inbox";

    /// <summary>Folder to watch; empty disables the watcher.</summary>
    public string? Folder { get; set; }

    /// <summary>A case is taken once its files have not changed for this long (a new arrival is still being copied).</summary>
    public TimeSpan StableAfter { get; set; } = TimeSpan.FromSeconds(3);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
