using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Statistics.Lasso;
using HccMesh.Modeling.Statistics.Logistic;
using HccMesh.Modeling.Statistics.Sampling;

namespace HccMesh.Modeling.Development;

/// <summary>
/// The paper's development workflow on a training cohort: optional ICC filter → LASSO logistic regression with
/// k-fold cross-validation (cv.glmnet equivalent) → radscore at λ.min (or λ.1se) → univariate screen of the clinical
/// variables → multivariate model of the survivors → clinical model of the independent factors → combined model of
/// those factors and the radscore.
/// </summary>
public static class ModelDevelopment
{
    public static DevelopedModel Run(
        CohortData training,
        DevelopmentSpec spec,
        IReadOnlyList<ClinicalVariable> clinicalVariables,
        CohortTable? repeatSegmentation = null,
        IProgress<CrossValidationProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(clinicalVariables);
        if (clinicalVariables.Count != training.ClinicalNames.Count)
        {
            throw new ArgumentException($"{clinicalVariables.Count} clinical variables declared for {training.ClinicalNames.Count} clinical columns.", nameof(clinicalVariables));
        }

        var icc = repeatSegmentation is null ? null : IccScreen.Run(training, repeatSegmentation, spec.IccForm, spec.IccThreshold);
        var candidates = icc?.Kept ?? training.FeatureNames;
        var x = CandidateMatrix(training, candidates);

        var foldsGiven = training.Folds is not null;
        CohortChecks.RequireFoldsCoverEvents(training, training.FoldCount ?? spec.Folds);
        var folds = training.Folds ?? CrossValidationFolds.LikeCvGlmnet(training.Count, spec.Folds, spec.Seed);
        RequireFiniteMoments(x, candidates, training.Source);

        var cv = LassoCrossValidation.Run(x, training.Outcome, folds, progress: progress);
        var index = spec.LambdaRule == LambdaRule.Min ? cv.Deviance.IndexMin : cv.Deviance.Index1Se;
        var terms = RadscoreTerms(cv.FullPath.Beta[index], x, candidates, spec.DefaultPhase);
        if (terms.Count == 0)
        {
            throw new DevelopmentException(
                $"the LASSO keeps no feature at lambda.{(spec.LambdaRule == LambdaRule.Min ? "min" : "1se")} = {cv.FullPath.Lambda[index]:G6} " +
                $"(training cohort '{training.Source}', {training.Count} patients, {training.Events} events, {candidates.Count} candidate features): " +
                "the radscore would be a constant. The features carry no cross-validated signal for this outcome" +
                (spec.LambdaRule == LambdaRule.OneStandardError ? "; lambda.min (--lambda min) may keep some" : ""));
        }

        var columns = DevelopedModel.ClinicalColumnsOf(clinicalVariables, training);
        var clinical = SelectClinical(columns, clinicalVariables.Select(v => v.Name).ToArray(), training.Outcome, spec);
        var radscoreIntercept = cv.FullPath.Intercept[index];
        columns[ClinicalVariableNames.Radscore] = DevelopedModel.RadscoreOf(radscoreIntercept, terms, training);
        var combined = UnivariateScreen.FitMultivariate(columns, [.. clinical.IndependentFactors, ClinicalVariableNames.Radscore], training.Outcome);
        return new DevelopedModel
        {
            Spec = spec,
            TrainingSource = training.Source,
            TrainingCount = training.Count,
            TrainingEvents = training.Events,
            Icc = icc,
            LassoCandidates = candidates,
            Folds = folds,
            FoldsGiven = foldsGiven,
            CrossValidation = cv,
            LambdaIndex = index,
            RadscoreIntercept = radscoreIntercept,
            RadscoreTerms = terms,
            ClinicalVariables = clinicalVariables,
            Clinical = clinical,
            Combined = combined,
        };
    }

    private static ClinicalSelection SelectClinical(
        Dictionary<string, double[]> columns, IReadOnlyList<string> names, double[] outcome, DevelopmentSpec spec)
    {
        var univariate = UnivariateScreen.Run(columns, names, outcome, spec.UnivariateThreshold);
        if (univariate.Selected.Count == 0)
        {
            return new ClinicalSelection(univariate, null, [], null);
        }

        var multivariate = UnivariateScreen.FitMultivariate(columns, univariate.Selected, outcome);
        var independent = univariate.Selected.Where(v => multivariate[v].P < spec.MultivariateThreshold).ToArray();
        if (independent.Length == 0)
        {
            return new ClinicalSelection(univariate, multivariate, [], null);
        }

        var model = independent.Length == univariate.Selected.Count
            ? multivariate
            : UnivariateScreen.FitMultivariate(columns, independent, outcome);
        return new ClinicalSelection(univariate, multivariate, independent, model);
    }

    /// <summary>Values so large that their sum of squares overflows would turn the standardisation into NaN.</summary>
    private static void RequireFiniteMoments(double[][] x, IReadOnlyList<string> candidates, string source)
    {
        for (var j = 0; j < candidates.Count; j++)
        {
            var (mean, sd) = MeanAndSampleSd(x, j);
            if (!double.IsFinite(mean) || !double.IsFinite(sd))
            {
                var largest = x.Max(row => Math.Abs(row[j]));
                throw new CohortException(source, candidates[j], null,
                    $"training cohort '{source}': feature '{candidates[j]}' has values too large to standardise (largest |value| {largest:G6}; its variance overflows); " +
                    "check the column's unit or leave it out with --features");
            }
        }
    }

    private static double[][] CandidateMatrix(CohortData training, IReadOnlyList<string> candidates)
    {
        if (ReferenceEquals(candidates, training.FeatureNames))
        {
            return training.Features;
        }

        var indices = candidates.Select(c => IndexOf(training.FeatureNames, c)).ToArray();
        var x = new double[training.Count][];
        for (var i = 0; i < x.Length; i++)
        {
            var source = training.Features[i];
            var row = new double[indices.Length];
            for (var j = 0; j < indices.Length; j++)
            {
                row[j] = source[indices[j]];
            }

            x[i] = row;
        }

        return x;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"unknown feature '{name}'");
    }

    private static List<RadscoreTerm> RadscoreTerms(double[] beta, double[][] x, IReadOnlyList<string> candidates, string defaultPhase)
    {
        var terms = new List<RadscoreTerm>();
        for (var j = 0; j < beta.Length; j++)
        {
            if (beta[j] == 0)
            {
                continue;
            }

            if (!FeatureColumnName.TryParse(candidates[j], out var phase, out var feature))
            {
                throw new ArgumentException($"'{candidates[j]}' is not a feature column name");
            }

            // The artifact's standardisation uses the sample SD (N − 1), glmnet's internal one the population SD;
            // coefficient · sampleSd multiplies the z-score with the sample SD, so both scales give the same radscore.
            var (mean, sampleSd) = MeanAndSampleSd(x, j);
            terms.Add(new RadscoreTerm(candidates[j], phase ?? defaultPhase, feature, beta[j], mean, sampleSd, beta[j] * sampleSd));
        }

        return terms;
    }

    private static (double Mean, double Sd) MeanAndSampleSd(double[][] x, int column)
    {
        var mean = 0.0;
        foreach (var row in x)
        {
            mean += row[column];
        }

        mean /= x.Length;
        var sum = 0.0;
        foreach (var row in x)
        {
            var d = row[column] - mean;
            sum += d * d;
        }

        return (mean, Math.Sqrt(sum / (x.Length - 1)));
    }
}
