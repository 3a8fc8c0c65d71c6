using HccMesh.Contracts.V1;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HccMesh.Ingestion.Inbox;

/// <summary>
/// Automatic triggering: every case folder or manifest (*.json) that appears in the inbox and stays unchanged
/// for <see cref="InboxOptions.StableAfter"/> is submitted. A marker file "&lt;name&gt;.submitted" records the
/// study GUID, so a restart does not submit it twice; a case that changes after it was submitted (late slices,
/// a corrected file) is submitted again as a new study, so a late arrival is never lost.
/// </summary>
public sealed partial class InboxWatcher(IBus bus, IOptions<InboxOptions> options, ILogger<InboxWatcher> logger) : BackgroundService
{
    public const string SubmittedSuffix = ".submitted";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.Folder))
        {
            return;
        }

        Directory.CreateDirectory(o.Folder);
        LogWatching(logger, o.Folder);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var candidate in Candidates(o.Folder))
            {
                var lastWrite = LastWrite(candidate);
                var marker = candidate + SubmittedSuffix;
                if (DateTime.UtcNow - lastWrite < o.StableAfter || (File.Exists(marker) && File.GetLastWriteTimeUtc(marker) >= lastWrite))
                {
                    continue;
                }

                var resubmission = File.Exists(marker);
                var studyId = NewId.NextGuid();
                await File.WriteAllTextAsync(marker, studyId.ToString(), stoppingToken);
                await bus.Publish(new SubmitCase(studyId, candidate, DateTimeOffset.UtcNow), stoppingToken);
                LogSubmitted(logger, studyId, resubmission);
            }

            await Task.Delay(o.PollInterval, stoppingToken);
        }
    }

    private static IEnumerable<string> Candidates(string folder) =>
        Directory.EnumerateFileSystemEntries(folder)
            .Where(p => !p.EndsWith(SubmittedSuffix, StringComparison.Ordinal) && !Path.GetFileName(p).StartsWith('.'))
            .Where(p => Directory.Exists(p) || p.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    private static DateTime LastWrite(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Select(File.GetLastWriteTimeUtc).Append(Directory.GetLastWriteTimeUtc(path)).Max()
            : File.GetLastWriteTimeUtc(path);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Watching inbox {Folder} for new cases")]
    private static partial void LogWatching(ILogger logger, string folder);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Inbox case submitted as study {StudyId} (changed after an earlier submission: {Resubmission})")]
    private static partial void LogSubmitted(ILogger logger, Guid studyId, bool resubmission);
}
