using System.Data.Common;
using Microsoft.Extensions.Options;

namespace HccMesh.Cli.Commands;

/// <summary>Why the embedded host could not start, as one line for the console (no stack trace for a bad store or setting).</summary>
public static class HostFailures
{
    public const int ExitCannotStart = 2;
    public const int ExitInterrupted = 130;

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
