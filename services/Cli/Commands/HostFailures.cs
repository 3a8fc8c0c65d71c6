using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HccMesh.Cli.Commands;

/// <summary>Why the embedded host could not start, as one line for the console (no stack trace for a bad store or setting).</summary>
public static class HostFailures
{
    public const int ExitCannotStart = 2;
    public const int ExitInterrupted = 130;

    /// <summary>Builds and starts the embedded host; on failure no host and the exit code (the reason already printed).</summary>
    public static async Task<(IHost? Host, int ExitCode)> TryStartAsync(IReadOnlyDictionary<string, string?> overrides, CancellationToken ct)
    {
        IHost? host = null;
        try
        {
            host = EmbeddedHost.Build(overrides);
            await host.StartAsync(ct);
            return (host, 0);
        }
        catch (Exception e) when (IsStartFailure(e))
        {
            host?.Dispose();
            return (null, Report(e));
        }
        catch (OperationCanceledException)
        {
            host?.Dispose();
            return (null, ExitInterrupted);
        }
    }

    public static bool IsStartFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException or OptionsValidationException or DbException
        || (e is AggregateException a && a.InnerExceptions.All(IsStartFailure));

    public static int Report(Exception e)
    {
        var inner = e is AggregateException a ? a.InnerExceptions[0] : e;
        Console.Error.WriteLine($"hccmesh: cannot start the embedded host: {inner.Message}");
        Console.Error.WriteLine("Check --store (a writable folder) and the HccMesh settings.");
        return ExitCannotStart;
    }
}
