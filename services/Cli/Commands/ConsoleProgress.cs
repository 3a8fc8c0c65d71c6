using HccMesh.Modeling.Statistics.Lasso;

namespace HccMesh.Cli.Commands;

/// <summary>Cross-validation progress on standard error, one line rewritten in place on a terminal, a line per fold otherwise.</summary>
public sealed class ConsoleProgress : IProgress<CrossValidationProgress>
{
    private readonly Lock gate = new();
    private readonly bool interactive = !Console.IsErrorRedirected;

    public void Report(CrossValidationProgress value)
    {
        lock (gate)
        {
            var text = $"cross-validation: {value.FoldsDone}/{value.Folds} folds fitted";
            if (interactive)
            {
                Console.Error.Write("\r" + text + (value.FoldsDone == value.Folds ? "\n" : ""));
            }
            else
            {
                Console.Error.WriteLine(text);
            }
        }
    }
}
