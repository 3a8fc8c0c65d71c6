namespace HccMesh.Modeling.Statistics.Lasso;

/// <summary>
/// K-fold cross-validation of the LASSO logistic path with given fold ids, as glmnet::cv.glmnet(family = "binomial",
/// alpha = 1, foldid = …, grouped = TRUE) (glmnet/R/cv.glmnet.R, cv.lognet.R, buildPredmat.R).
/// </summary>
public static class LassoCrossValidation
{
    public static LassoCrossValidationResult Run(
        double[][] x,
        double[] y,
        IReadOnlyList<int> foldIds,
        LassoOptions? options = null,
        FoldLambdaMode mode = FoldLambdaMode.OwnPathInterpolated,
        IProgress<CrossValidationProgress>? progress = null)
    {
        options ??= new LassoOptions();
        var n = y.Length;
        if (foldIds.Count != n)
        {
            throw new ArgumentException("One fold id per row is required.");
        }

        var fullPath = LassoLogistic.FitPath(x, y, options);
        var lambda = fullPath.Lambda;
        var count = lambda.Length;
        var folds = foldIds.Distinct().Order().ToArray();
        if (folds.Length < 3)
        {
            throw new ArgumentException("cv.glmnet requires at least 3 folds.");
        }

        var foldOptions = mode == FoldLambdaMode.FullDataLambda ? options with { Lambda = lambda } : options;
        var foldPaths = new LassoPath[folds.Length];
        var fitPreval = new double[n][];
        var completed = 0;
        progress?.Report(new CrossValidationProgress(0, folds.Length));

        // Folds are independent fits; running them concurrently changes no number (each writes only its own rows).
        Parallel.For(0, folds.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f =>
        {
            var training = Enumerable.Range(0, n).Where(i => foldIds[i] != folds[f]).ToArray();
            var path = LassoLogistic.FitPath(training.Select(i => x[i]).ToArray(), training.Select(i => y[i]).ToArray(), foldOptions);
            foldPaths[f] = path;
            var coefficients = new (double Intercept, double[] Beta)[count];
            for (var k = 0; k < count; k++)
            {
                coefficients[k] = mode == FoldLambdaMode.FullDataLambda
                    ? (path.Intercept[k], path.Beta[k])
                    : LambdaInterpolation.At(path, lambda[k]);
            }

            for (var i = 0; i < n; i++)
            {
                if (foldIds[i] != folds[f])
                {
                    continue;
                }

                var row = new double[count];
                for (var k = 0; k < count; k++)
                {
                    var eta = coefficients[k].Intercept;
                    var beta = coefficients[k].Beta;
                    for (var j = 0; j < beta.Length; j++)
                    {
                        eta += beta[j] * x[i][j];
                    }

                    row[k] = eta;
                }

                fitPreval[i] = row;
            }

            progress?.Report(new CrossValidationProgress(Interlocked.Increment(ref completed), folds.Length));
        });

        var weights = new double[folds.Length];
        var foldDeviance = new double[folds.Length][];
        var foldAuc = new double[folds.Length][];
        for (var f = 0; f < folds.Length; f++)
        {
            var members = Enumerable.Range(0, n).Where(i => foldIds[i] == folds[f]).ToArray();
            weights[f] = members.Length;
            foldDeviance[f] = new double[count];
            foldAuc[f] = new double[count];
            var scores = new double[members.Length];
            var outcome = members.Select(i => y[i]).ToArray();
            for (var k = 0; k < count; k++)
            {
                var sum = 0.0;
                for (var m = 0; m < members.Length; m++)
                {
                    scores[m] = fitPreval[members[m]][k];
                    sum += BinomialDeviance.ClampedObservation(outcome[m], scores[m]);
                }

                foldDeviance[f][k] = sum / members.Length;
                foldAuc[f][k] = MannWhitneyAuc(outcome, scores);
            }
        }

        return new LassoCrossValidationResult(
            fullPath,
            folds,
            foldPaths,
            fitPreval,
            new CrossValidationCurve(lambda, foldDeviance, weights, higherIsBetter: false),
            new CrossValidationCurve(lambda, foldAuc, weights, higherIsBetter: true));
    }

    /// <summary>P(score of a case &gt; score of a control), ties counted ½.</summary>
    private static double MannWhitneyAuc(double[] outcome, double[] scores)
    {
        double wins = 0;
        double cases = 0;
        double controls = 0;
        for (var a = 0; a < scores.Length; a++)
        {
            if (outcome[a] == 1)
            {
                cases++;
            }
            else
            {
                controls++;
            }
        }

        for (var a = 0; a < scores.Length; a++)
        {
            if (outcome[a] != 1)
            {
                continue;
            }

            for (var b = 0; b < scores.Length; b++)
            {
                if (outcome[b] == 1)
                {
                    continue;
                }

                wins += scores[a] > scores[b] ? 1.0 : scores[a] == scores[b] ? 0.5 : 0.0;
            }
        }

        return cases == 0 || controls == 0 ? double.NaN : wins / (cases * controls);
    }
}
