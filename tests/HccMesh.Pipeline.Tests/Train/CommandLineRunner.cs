using System.CommandLine;
using HccMesh.Cli.Commands;
using HccMesh.Pipeline.Tests.Commands;

namespace HccMesh.Pipeline.Tests.Train;

/// <summary>
/// Runs <c>hccmesh …</c> in-process through a root command holding the given subcommands (as Program.cs builds it),
/// capturing standard output and error into a <see cref="CliResult"/>. Console redirection is process-wide, so every
/// test that runs a command (this, <see cref="CliRunner"/>, a direct <c>TrainCommand.Run</c>) goes through <see cref="Capture"/>'s one gate.
/// </summary>
internal static class CommandLineRunner
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static Task<CliResult> TrainAsync(params string[] args) => RunAsync([TrainCommand.Create()], ["train", .. args]);

    public static async Task<CliResult> RunAsync(IReadOnlyList<Command> subcommands, string[] args)
    {
        var root = new RootCommand("hccmesh (test)");
        foreach (var command in subcommands)
        {
            root.Subcommands.Add(command);
        }

        return await Capture(() => root.Parse(args).InvokeAsync());
    }

    /// <summary>Runs <paramref name="run"/> with standard output and error captured, one at a time process-wide.</summary>
    public static async Task<CliResult> Capture(Func<Task<int>> run)
    {
        await Gate.WaitAsync();
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var code = await run();
            return new CliResult(code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
            Gate.Release();
        }
    }
}
