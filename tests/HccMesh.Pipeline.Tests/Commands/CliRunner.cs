using HccMesh.Cli.Commands;

namespace HccMesh.Pipeline.Tests.Commands;

/// <summary>
/// Runs <c>hccmesh features …</c> / <c>hccmesh model …</c> in-process through a root command built as Program.cs builds it,
/// capturing standard output and error (through <see cref="Train.CommandLineRunner"/>'s one console gate).
/// </summary>
internal static class CliRunner
{
    public static Task<CliResult> RunAsync(params string[] args) =>
        Train.CommandLineRunner.RunAsync([ModelCommand.Create(), FeaturesCommand.Create()], args);
}

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Exit code 2 with a one-line message on standard error, no stack trace.</summary>
    public void AssertRefused(params string[] says)
    {
        Assert.True(ExitCode == 2, $"expected exit code 2, got {ExitCode}; stderr: {Error}; stdout: {Output}");
        Assert.DoesNotContain("   at ", Error);
        Assert.DoesNotContain("(Parameter '", Error); // code names are not the user's input
        Assert.Single(Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        foreach (var text in says)
        {
            Assert.Contains(text, Error);
        }
    }

    public void AssertSucceeded() => Assert.True(ExitCode == 0, $"expected exit code 0, got {ExitCode}; stderr: {Error}; stdout: {Output}");
}
