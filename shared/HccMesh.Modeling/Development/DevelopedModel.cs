using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Statistics.Lasso;
using HccMesh.Modeling.Statistics.Logistic;

namespace HccMesh.Modeling.Development;

/// <summary>Everything the development workflow fitted on the training cohort.</summary>
public sealed class DevelopedModel
{
    public required DevelopmentSpec Spec { get; init; }

    public required string TrainingSource { get; init; }

    public required int TrainingCount { get; init; }

    public required int TrainingEvents { get; init; }

    public IccScreenResult? Icc { get; init; }

    /// <summary>The feature columns the LASSO was given (after the ICC filter).</summary>
    public required IReadOnlyList<string> LassoCandidates { get; init; }

    /// <summary>Fold id (1..K) of each training patient.</summary>
    public required int[] Folds { get; init; }

    /// <summary>True when the folds came from the cohort's fold column, false when drawn with the seed.</summary>
    public required bool FoldsGiven { get; init; }

    public required LassoCrossValidationResult CrossValidation { get; init; }

    /// <summary>Index of the chosen λ on the full path.</summary>
    public required int LambdaIndex { get; init; }

    public double Lambda => CrossValidation.FullPath.Lambda[LambdaIndex];

    /// <summary>Intercept of the radscore on the raw scale (glmnet's a0).</summary>
    public required double RadscoreIntercept { get; init; }

    public required IReadOnlyList<RadscoreTerm> RadscoreTerms { get; init; }

    /// <summary>Intercept of the radscore on the standardised scale: a0 + Σ coefficient · mean.</summary>
    public double StandardizedRadscoreIntercept => RadscoreIntercept + RadscoreTerms.Sum(t => t.Coefficient * t.Mean);

    public required ClinicalSelection Clinical { get; init; }

    /// <summary>glm(outcome ~ independent factors + radscore).</summary>
    public required LogisticRegressionResult Combined { get; init; }

    /// <summary>Declared clinical variables, in the cohort's clinical-column order.</summary>
    public required IReadOnlyList<ClinicalVariable> ClinicalVariables { get; init; }

    public IReadOnlyList<string> CombinedVariables => [.. Clinical.IndependentFactors, ClinicalVariableNames.Radscore];

    /// <summary>radscore = a0 + Σ coefficient · value of each patient of <paramref name="cohort"/>.</summary>
    public double[] Radscore(CohortData cohort) => RadscoreOf(RadscoreIntercept, RadscoreTerms, cohort);

    internal static double[] RadscoreOf(double intercept, IReadOnlyList<RadscoreTerm> terms, CohortData cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var result = new double[cohort.Count];
        Array.Fill(result, intercept);
        foreach (var term in terms)
        {
            var column = cohort.FeatureColumn(term.Column);
            for (var i = 0; i < result.Length; i++)
            {
                result[i] += term.Coefficient * column[i];
            }
        }

        return result;
    }

    /// <summary>Predicted probability of each model for every patient of <paramref name="cohort"/>.</summary>
    public CohortScores Score(CohortData cohort, string cohortName)
    {
        var radscore = Radscore(cohort);
        var columns = ClinicalColumnsOf(ClinicalVariables, cohort);
        columns[ClinicalVariableNames.Radscore] = radscore;
        var models = new List<ModelScores> { new(ModelNames.Radiomics, radscore.Select(LogisticFunction.Inverse).ToArray()) };
        if (Clinical.Model is not null)
        {
            models.Add(new ModelScores(ModelNames.Clinical, Predict(Clinical.Model, Clinical.IndependentFactors, columns, cohort.Count)));
        }

        models.Add(new ModelScores(ModelNames.Combined, Predict(Combined, CombinedVariables, columns, cohort.Count)));
        return new CohortScores(cohortName, cohort.Source, cohort.Ids, cohort.Outcome, radscore, models);
    }

    internal static Dictionary<string, double[]> ClinicalColumnsOf(IReadOnlyList<ClinicalVariable> variables, CohortData cohort)
    {
        var columns = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var v = 0; v < variables.Count; v++)
        {
            columns[variables[v].Name] = cohort.Clinical[v];
        }

        return columns;
    }

    private static double[] Predict(LogisticRegressionResult fit, IReadOnlyList<string> variables, Dictionary<string, double[]> columns, int n)
    {
        var p = new double[n];
        var row = new double[variables.Count];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < variables.Count; j++)
            {
                row[j] = columns[variables[j]][i];
            }

            p[i] = fit.Predict(row);
        }

        return p;
    }
}
