using HccMesh.Modeling.Statistics.Lasso;
using HccMesh.TestData;
using Xunit.Abstractions;

namespace HccMesh.Modeling.Tests.Statistics;

/// <summary>Full-data LASSO path against glmnet 4.1-6 (stats-tiny expected.json, block "lasso").</summary>
public sealed class LassoPathTests(ITestOutputHelper output)
{
    [TestDataFact]
    public void Lambda_sequence_matches_glmnet_including_early_stop()
    {
        var path = LassoLogistic.FitPath(LassoTestData.X(), LassoTestData.Y(), new LassoOptions());
        var expected = StatsTinyFixture.Numbers("lasso", "lambda");

        output.WriteLine($"fitted {path.Count} λ, dev.ratio tail {string.Join(", ", path.DevianceRatio.TakeLast(3))}");
        Assert.Equal(expected.Length, path.Count); // 58: glmnet's early stop on the deviance ratio
        var maxRelative = 0.0;
        for (var k = 0; k < expected.Length; k++)
        {
            maxRelative = Math.Max(maxRelative, Math.Abs(path.Lambda[k] - expected[k]) / expected[k]);
        }

        output.WriteLine($"lambda max relative error {maxRelative:E3}");
        Assert.True(maxRelative < 1e-12, $"max relative λ error {maxRelative}"); // README: λ to 1e-12 relative
    }

    [TestDataFact]
    public void Standardization_uses_population_sd()
    {
        var path = LassoLogistic.FitPath(LassoTestData.X(), LassoTestData.Y(), new LassoOptions());
        var mean = StatsTinyFixture.At("lasso", "standardization", "mean");
        var sd = StatsTinyFixture.At("lasso", "standardization", "sd_population");
        for (var j = 0; j < StatsTinyFixture.FeatureNames.Count; j++)
        {
            var name = StatsTinyFixture.FeatureNames[j];
            Assert.Equal(mean.GetProperty(name).GetDouble(), path.Means[j], 1e-12 * Math.Abs(path.Means[j]));
            Assert.Equal(sd.GetProperty(name).GetDouble(), path.StandardDeviations[j], 1e-12 * path.StandardDeviations[j]);
        }

        Assert.Equal(StatsTinyFixture.Number("lasso", "null_deviance"), path.NullDeviance, 1e-10);
    }

    [TestDataFact]
    public void Fully_converged_path_matches_glmnet_tight_fit()
    {
        var path = LassoLogistic.FitPath(LassoTestData.X(), LassoTestData.Y(), new LassoOptions());
        var (betaError, interceptError) = StandardizedErrors(path, LassoTestData.BetaPath("lasso", "tight"), StatsTinyFixture.Numbers("lasso", "tight", "a0"));
        output.WriteLine($"vs tight: max |Δb|·sd {betaError:E3}, max |Δa0| {interceptError:E3}");

        // glmnet stops when max_j v_j·Δb_j² < thresh·(null deviance/n); with thresh 1e-14 its last step is ~1e-7
        // on the standardized scale, so that is how close the tight reference itself is to the optimum.
        // The original-scale intercept absorbs Σ b_j·mean_j/sd_j, hence the factor.
        Assert.True(betaError < 2e-7, $"standardized coefficient error {betaError}");
        Assert.True(interceptError < 2e-7 * InterceptFactor(path), $"intercept error {interceptError}");
    }

    [TestDataFact]
    public void Path_matches_glmnet_default_fit_within_its_convergence_gap()
    {
        var path = LassoLogistic.FitPath(LassoTestData.X(), LassoTestData.Y(), new LassoOptions());
        var (betaError, interceptError) = StandardizedErrors(path, LassoTestData.BetaPath(), StatsTinyFixture.Numbers("lasso", "a0"));
        output.WriteLine($"vs default: max |Δb|·sd {betaError:E3}, max |Δa0| {interceptError:E3}");

        // README: glmnet's thresh 1e-7 stops up to ~2e-4 short of the optimum on the standardized scale.
        Assert.True(betaError < 3e-4, $"standardized coefficient error {betaError}");
        Assert.True(interceptError < 3e-4 * InterceptFactor(path), $"intercept error {interceptError}");
    }

    [TestDataFact]
    public void Deviance_ratio_definition_matches_glmnet()
    {
        // Evaluating glmnet's own (default) coefficients with our deviance must give its dev.ratio exactly;
        // this isolates the definition from the convergence gap.
        var x = LassoTestData.X();
        var y = LassoTestData.Y();
        var path = LassoLogistic.FitPath(x, y, new LassoOptions());
        var beta = LassoTestData.BetaPath();
        var a0 = StatsTinyFixture.Numbers("lasso", "a0");
        var devRatio = StatsTinyFixture.Numbers("lasso", "dev_ratio");
        var nullDeviance = StatsTinyFixture.Number("lasso", "null_deviance");
        var definitionError = 0.0;
        var optimumError = 0.0;
        for (var k = 0; k < a0.Length; k++)
        {
            var eta = x.Select(row => a0[k] + Enumerable.Range(0, row.Length).Sum(j => beta[j][k] * row[j])).ToArray();
            definitionError = Math.Max(definitionError, Math.Abs(1 - BinomialDeviance.Total(y, eta) / nullDeviance - devRatio[k]));

            // At our optimum the deviance is stationary up to the penalty (KKT: ∂(dev/2n)/∂b_j = −λ·sign b_j),
            // so a coefficient gap Δb moves dev.ratio by at most 2n·λ·Σ|Δb_j·sd_j|/null deviance (+ 2nd order).
            var gap = Enumerable.Range(0, path.FeatureCount).Sum(j => Math.Abs(path.Beta[k][j] - beta[j][k]) * path.StandardDeviations[j]);
            var bound = 2 * y.Length * path.Lambda[k] * gap / nullDeviance + 1e-7;
            optimumError = Math.Max(optimumError, Math.Abs(path.DevianceRatio[k] - devRatio[k]) / bound);
        }

        output.WriteLine($"dev.ratio definition error {definitionError:E3}, gap / first-order bound {optimumError:F3}");
        Assert.True(definitionError < 1e-12, $"definition error {definitionError}");
        Assert.True(optimumError <= 1, $"dev.ratio beyond first-order bound by factor {optimumError}");
    }

    /// <summary>1 + Σ_j |mean_j|/sd_j: how a standardized-scale error propagates into the original-scale intercept.</summary>
    private static double InterceptFactor(LassoPath path) =>
        1 + Enumerable.Range(0, path.FeatureCount).Sum(j => Math.Abs(path.Means[j]) / path.StandardDeviations[j]);

    /// <summary>Max |Δβ_j|·sd_j over the path, and max |Δa0|, against a reference path.</summary>
    private static (double Beta, double Intercept) StandardizedErrors(LassoPath path, double[][] expectedBeta, double[] expectedA0)
    {
        Assert.Equal(expectedA0.Length, path.Count);
        var beta = 0.0;
        var intercept = 0.0;
        for (var k = 0; k < path.Count; k++)
        {
            intercept = Math.Max(intercept, Math.Abs(path.Intercept[k] - expectedA0[k]));
            for (var j = 0; j < path.FeatureCount; j++)
            {
                beta = Math.Max(beta, Math.Abs(path.Beta[k][j] - expectedBeta[j][k]) * path.StandardDeviations[j]);
            }
        }

        return (beta, intercept);
    }
}
