using System.CommandLine;
using HccMesh.Cli.Commands;

namespace HccMesh.Pipeline.Tests.Commands;

/// <summary>
/// Runs <c>hccmesh features …</c> / <c>hccmesh model …</c> in-process through a root command built as Program.cs builds it,
/// capturing standard output and error. Console redirection is process-wide, so runs are serialised.
/// </summary>
internal static class CliRunner
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<CliResult> RunAsync(params string[] args)
    {
        var root = new RootCommand("hccmesh (test)");
        root.Subcommands.Add(ModelCommand.Create());
        root.Subcommands.Add(FeaturesCommand.Create());
        await Gate.WaitAsync();
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var code = await root.Parse(args).InvokeAsync();
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

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Exit code 2 with a one-line message on standard error, no stack trace.</summary>
    public void AssertRefused(params string[] says)
    {
        Assert.True(ExitCode == 2, $"expected exit code 2, got {ExitCode}; stderr: {Error}; stdout: {Output}");
        Assert.DoesNotContain("   at ", Error);
        Assert.Single(Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        foreach (var text in says)
        {
            Assert.Contains(text, Error);
        }
    }

    public void AssertSucceeded() => Assert.True(ExitCode == 0, $"expected exit code 0, got {ExitCode}; stderr: {Error}; stdout: {Output}");
}
