using HccMesh.Modeling.Statistics.Lasso;
using HccMesh.TestData;
using Xunit.Abstractions;

namespace HccMesh.Modeling.Tests.Statistics;

/// <summary>cv.glmnet(family = "binomial", foldid = stats-tiny foldid) against glmnet 4.1-6 (expected.json "lasso", "radscore").</summary>
public sealed class LassoCrossValidationTests(ITestOutputHelper output)
{
    private static readonly Lazy<LassoCrossValidationResult> Interpolated =
        new(() => LassoCrossValidation.Run(LassoTestData.X(), LassoTestData.Y(), LassoTestData.FoldIds()));

    private static readonly Lazy<LassoCrossValidationResult> ExactLambda =
        new(() => LassoCrossValidation.Run(LassoTestData.X(), LassoTestData.Y(), LassoTestData.FoldIds(), mode: FoldLambdaMode.FullDataLambda));

    [TestDataFact]
    public void Each_fold_fits_its_own_lambda_path_with_its_own_early_stop()
    {
        var result = Interpolated.Value;
        var folds = StatsTinyFixture.At("lasso", "fold_fits").EnumerateArray().ToArray();
        Assert.Equal(folds.Length, result.FoldPaths.Length);
        for (var f = 0; f < folds.Length; f++)
        {
            var path = result.FoldPaths[f];
            var lambdaMax = folds[f].GetProperty("lambda_max").GetDouble();
            Assert.Equal(folds[f].GetProperty("n_train").GetInt32(), 40 - (int)result.Deviance.FoldWeights[f]);
            Assert.True(Math.Abs(path.Lambda[0] - lambdaMax) <= 1e-12 * lambdaMax, $"fold {f + 1} λ_max {path.Lambda[0]} vs {lambdaMax}");
            var r = path.DevianceRatio;
            output.WriteLine($"fold {f + 1}: {path.Count} λ, last steps {string.Join(" ", Enumerable.Range(Math.Max(1, r.Length - 3), Math.Min(3, r.Length - 1)).Select(m => (r[m] - r[m - 1]).ToString("E6")))}");
            var expectedCount = folds[f].GetProperty("n_lambda_fitted").GetInt32();
            var lastStep = r[^1] - r[^2];
            if (Math.Abs(lastStep - 1e-5) > 0.02e-5)
            {
                Assert.Equal(expectedCount, path.Count);
            }
            else
            {
                // The stop compares a dev.ratio step with 1e-5; glmnet's steps carry a ~1e-7 convergence error,
                // so a step within 2% of the threshold (fold 2: 9.898e-6) may fall on either side.
                Assert.InRange(path.Count, expectedCount - 1, expectedCount + 1);
            }
        }
    }

    [TestDataFact]
    public void Every_fold_fit_satisfies_the_optimality_conditions()
    {
        var x = LassoTestData.X();
        var y = LassoTestData.Y();
        var ids = LassoTestData.FoldIds();
        foreach (var result in new[] { Interpolated.Value, ExactLambda.Value })
        {
            var worst = 0.0;
            for (var f = 0; f < result.Folds.Length; f++)
            {
                var training = Enumerable.Range(0, y.Length).Where(i => ids[i] != result.Folds[f]).ToArray();
                var xs = training.Select(i => x[i]).ToArray();
                var ys = training.Select(i => y[i]).ToArray();
                for (var k = 1; k < result.FoldPaths[f].Count; k++)
                {
                    worst = Math.Max(worst, LassoOptimality.MaxViolation(xs, ys, result.FoldPaths[f], k));
                }
            }

            output.WriteLine($"max KKT violation over fold fits {worst:E3}");
            Assert.True(worst < 1e-10, $"KKT violation {worst}");
        }
    }

    [TestDataFact]
    public void Deviance_curve_with_exact_lambda_folds_matches_glmnet()
    {
        var result = ExactLambda.Value.Deviance;
        var (cvm, cvsd) = CurveErrors(result, "deviance_exact_lambda_folds");
        output.WriteLine($"exact-λ deviance: max |Δcvm| {cvm:E3}, max |Δcvsd| {cvsd:E3}");
        AssertDevianceCurve(result, "deviance_exact_lambda_folds");
    }

    [TestDataFact]
    public void Deviance_curve_with_interpolated_folds_matches_cv_glmnet()
    {
        var result = Interpolated.Value.Deviance;
        var (cvm, cvsd) = CurveErrors(result, "deviance");
        output.WriteLine($"interpolated deviance: max |Δcvm| {cvm:E3}, max |Δcvsd| {cvsd:E3}");
        AssertDevianceCurve(result, "deviance");
    }

    [TestDataFact]
    public void Auc_curve_matches_cv_glmnet()
    {
        var result = Interpolated.Value.Auc;
        var (cvm, cvsd) = CurveErrors(result, "auc");
        output.WriteLine($"interpolated auc: max |Δcvm| {cvm:E3}, max |Δcvsd| {cvsd:E3}");
        // AUC is a rank statistic: it only changes when two held-out scores swap order, so it matches exactly
        // unless a pair is nearly tied (none is in this fixture).
        Assert.True(cvm < 1e-12, $"cvm error {cvm}");
        Assert.True(cvsd < 1e-12, $"cvsd error {cvsd}");
        AssertChoice(result, "auc");
    }

    [TestDataFact]
    public void Auc_curve_with_exact_lambda_folds_matches_glmnet()
    {
        var result = ExactLambda.Value.Auc;
        var (cvm, cvsd) = CurveErrors(result, "auc_exact_lambda_folds");
        output.WriteLine($"exact-λ auc: max |Δcvm| {cvm:E3}, max |Δcvsd| {cvsd:E3}");
        Assert.True(cvm < 1e-12, $"cvm error {cvm}");
        Assert.True(cvsd < 1e-12, $"cvsd error {cvsd}");
        AssertChoice(result, "auc_exact_lambda_folds");
    }

    [TestDataFact]
    public void Prevalidated_link_matches_fit_preval()
    {
        var result = Interpolated.Value;
        var expected = StatsTinyFixture.At("lasso", "fit_preval_link").EnumerateArray().Select(StatsTinyFixture.Numbers).ToArray();
        var x = LassoTestData.X();
        var path = result.FullPath;
        var max = 0.0;
        var maxAll = 0.0;
        var worstRatio = 0.0;
        for (var i = 0; i < expected.Length; i++)
        {
            // README's coefficient tolerance 1e-4/sd_j (and 1e-4 on the standardized intercept), propagated
            // to the link: 1e-4·(1 + Σ_j |x_ij − mean_j|/sd_j).
            var bound = 1e-4 * (1 + Enumerable.Range(0, path.FeatureCount).Sum(j => Math.Abs(x[i][j] - path.Means[j]) / path.StandardDeviations[j]));
            Assert.Equal(expected[i].Length, result.FitPrevalLink[i].Length);
            for (var k = 0; k < expected[i].Length; k++)
            {
                var error = Math.Abs(result.FitPrevalLink[i][k] - expected[i][k]);
                maxAll = Math.Max(maxAll, error);
                if (k <= result.Deviance.IndexMin)
                {
                    max = Math.Max(max, error);
                    worstRatio = Math.Max(worstRatio, error / bound);
                }
            }
        }

        output.WriteLine($"fit.preval link max |Δ| λ_1..λ.min {max:E3} (worst error/bound {worstRatio:F3}), whole path {maxAll:E3}");
        // Tail not compared: see AssertDevianceCurve.
        Assert.True(worstRatio <= 1, $"fit.preval error beyond bound by factor {worstRatio}");
    }

    [TestDataFact]
    public void Coefficients_at_lambda_min_and_1se_match()
    {
        var result = Interpolated.Value;
        foreach (var (which, index) in new[] { ("coef_lambda_min", result.Deviance.IndexMin), ("coef_lambda_1se", result.Deviance.Index1Se) })
        {
            var all = StatsTinyFixture.At("lasso", "deviance", which, "all");
            var (a0, beta) = result.CoefficientsAt(index);
            var sd = result.FullPath.StandardDeviations;
            var maxStandardized = 0.0;
            for (var j = 0; j < beta.Length; j++)
            {
                var expected = all.GetProperty(StatsTinyFixture.FeatureNames[j]).GetDouble();
                Assert.Equal(expected == 0, beta[j] == 0); // same active set
                maxStandardized = Math.Max(maxStandardized, Math.Abs(beta[j] - expected) * sd[j]);
            }

            output.WriteLine($"{which}: max |Δb|·sd {maxStandardized:E3}, |Δa0| {Math.Abs(a0 - all.GetProperty("(Intercept)").GetDouble()):E3}");
            // README: the default path is about 1e-5 short of the optimum on the standardized scale at λ.min.
            Assert.True(maxStandardized < 1e-4, $"{which} error {maxStandardized}");
        }

        Assert.Equal(StatsTinyFixture.Numbers("lasso", "deviance", "nzero").Select(v => (int)v), result.NonzeroCount);
    }

    [TestDataFact]
    public void Radscore_is_the_linear_predictor_at_deviance_lambda_min()
    {
        var result = Interpolated.Value;
        var radscore = result.Radscore(LassoTestData.X());
        var tight = StatsTinyFixture.Numbers("radscore", "values_tight");
        var loose = StatsTinyFixture.Numbers("radscore", "values");
        var maxTight = radscore.Select((r, i) => Math.Abs(r - tight[i])).Max();
        var maxLoose = radscore.Select((r, i) => Math.Abs(r - loose[i])).Max();
        output.WriteLine($"radscore max |Δ| vs tight {maxTight:E3}, vs default {maxLoose:E3}");
        Assert.True(maxTight < 1e-6, $"vs values_tight {maxTight}");
        Assert.True(maxLoose < 1e-4, $"vs values {maxLoose}"); // README: values_tight within ~4e-5 of values
    }

    /// <summary>
    /// README: cvm agrees to about 1e-4. That holds from λ_max down to λ.min, where glmnet's default fits are
    /// ~1e-5 from the optimum. Further down the path glmnet's fold fits (thresh 1e-7) lag by more, and held-out
    /// deviance amplifies it (up to 2.9e-3 at λ_58); our fold fits are exact there (KKT test above), so the tail
    /// is not compared.
    /// </summary>
    private void AssertDevianceCurve(CrossValidationCurve curve, string block)
    {
        AssertChoice(curve, block);
        var cvm = StatsTinyFixture.Numbers("lasso", block, "cvm");
        var cvsd = StatsTinyFixture.Numbers("lasso", block, "cvsd");
        var maxCvm = 0.0;
        var maxCvsd = 0.0;
        for (var k = 0; k <= curve.IndexMin; k++)
        {
            maxCvm = Math.Max(maxCvm, Math.Abs(curve.Cvm[k] - cvm[k]));
            maxCvsd = Math.Max(maxCvsd, Math.Abs(curve.Cvsd[k] - cvsd[k]));
        }

        output.WriteLine($"{block} λ_1..λ.min: max |Δcvm| {maxCvm:E3}, max |Δcvsd| {maxCvsd:E3}");
        Assert.True(maxCvm < 1e-4, $"cvm error {maxCvm}");
        Assert.True(maxCvsd < 1e-4, $"cvsd error {maxCvsd}");
        foreach (var (at, index) in new[] { ("min", curve.IndexMin), ("1se", curve.Index1Se) })
        {
            Assert.True(Math.Abs(curve.Cvm[index] - StatsTinyFixture.Number("lasso", block, "cvm_at_" + at)) < 1e-4);
            Assert.True(Math.Abs(curve.Cvsd[index] - StatsTinyFixture.Number("lasso", block, "cvsd_at_" + at)) < 1e-4);
        }
    }

    private static (double Cvm, double Cvsd) CurveErrors(CrossValidationCurve curve, string block)
    {
        var cvm = StatsTinyFixture.Numbers("lasso", block, "cvm");
        var cvsd = StatsTinyFixture.Numbers("lasso", block, "cvsd");
        Assert.Equal(cvm.Length, curve.Cvm.Length);
        var maxCvm = cvm.Select((c, k) => Math.Abs(curve.Cvm[k] - c)).Max();
        var maxCvsd = cvsd.Select((c, k) => Math.Abs(curve.Cvsd[k] - c)).Max();
        return (maxCvm, maxCvsd);
    }

    private static void AssertChoice(CrossValidationCurve curve, string block)
    {
        // expected.json indices are 1-based.
        Assert.Equal((int)StatsTinyFixture.Number("lasso", block, "index_min"), curve.IndexMin + 1);
        Assert.Equal((int)StatsTinyFixture.Number("lasso", block, "index_1se"), curve.Index1Se + 1);
        var lambdaMin = StatsTinyFixture.Number("lasso", block, "lambda_min");
        var lambda1Se = StatsTinyFixture.Number("lasso", block, "lambda_1se");
        Assert.True(Math.Abs(curve.LambdaMin - lambdaMin) <= 1e-12 * lambdaMin);
        Assert.True(Math.Abs(curve.Lambda1Se - lambda1Se) <= 1e-12 * lambda1Se);
    }
}
