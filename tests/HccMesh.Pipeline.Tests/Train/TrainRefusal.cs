using HccMesh.Pipeline.Tests.Commands;

namespace HccMesh.Pipeline.Tests.Train;

/// <summary>Assertions on a refused <c>hccmesh train</c>: exit 2, one "train refused:" line on standard error, no stack trace.</summary>
internal static class TrainRefusal
{
    public static void AssertTrainRefused(this CliResult run, params string[] says)
    {
        Assert.True(run.ExitCode == 2, $"expected exit code 2, got {run.ExitCode}; stderr: {run.Error}; stdout: {run.Output}");
        Assert.DoesNotContain("   at ", run.Error);
        Assert.DoesNotContain("(Parameter '", run.Error); // code names are not the user's input
        var refusal = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("refused", StringComparison.Ordinal));
        foreach (var text in says)
        {
            Assert.Contains(text, refusal);
        }
    }
}
