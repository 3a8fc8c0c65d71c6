namespace HccMesh.Modeling.Statistics.Logistic;

/// <summary>
/// Classic two-step model building: each candidate alone in a logistic regression (univariate screen),
/// then one multivariate fit of those with Wald p &lt; threshold (plus any forced variables).
/// </summary>
public static class UnivariateScreen
{
    /// <summary>Fits every candidate alone and keeps those with p &lt; <paramref name="threshold"/>, in input order.</summary>
    public static UnivariateScreenResult Run(
        IReadOnlyDictionary<string, double[]> candidates, IReadOnlyList<string> order, IReadOnlyList<double> y, double threshold = 0.05)
    {
        var fits = new Dictionary<string, LogisticRegressionResult>(StringComparer.Ordinal);
        var selected = new List<string>();
        foreach (var name in order)
        {
            var column = candidates[name];
            var rows = new double[column.Length][];
            for (var i = 0; i < column.Length; i++)
            {
                rows[i] = [column[i]];
            }

            var fit = LogisticRegression.Fit(rows, y, [name]);
            fits[name] = fit;
            if (fit[name].P < threshold)
            {
                selected.Add(name);
            }
        }

        return new UnivariateScreenResult(fits, selected, threshold);
    }

    /// <summary>Multivariate fit of <paramref name="variables"/> (columns taken from <paramref name="candidates"/>, order kept).</summary>
    public static LogisticRegressionResult FitMultivariate(
        IReadOnlyDictionary<string, double[]> candidates, IReadOnlyList<string> variables, IReadOnlyList<double> y)
    {
        var n = y.Count;
        var rows = new double[n][];
        for (var i = 0; i < n; i++)
        {
            rows[i] = new double[variables.Count];
            for (var j = 0; j < variables.Count; j++)
            {
                rows[i][j] = candidates[variables[j]][i];
            }
        }

        return LogisticRegression.Fit(rows, y, variables);
    }

    /// <summary>Screen, then fit forced variables followed by the survivors not already forced.</summary>
    public static LogisticRegressionResult ScreenAndFit(
        IReadOnlyDictionary<string, double[]> candidates, IReadOnlyList<string> order, IReadOnlyList<double> y,
        double threshold = 0.05, IReadOnlyList<string>? forced = null)
    {
        var screen = Run(candidates, order, y, threshold);
        var variables = new List<string>(forced ?? []);
        variables.AddRange(screen.Selected.Where(s => !variables.Contains(s)));
        return FitMultivariate(candidates, variables, y);
    }
}
