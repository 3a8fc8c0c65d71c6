using HccMesh.Modeling.Statistics.Lasso;

namespace HccMesh.Modeling.Tests.Statistics;

/// <summary>LASSO path properties on data generated here (no reference software involved).</summary>
public sealed class LassoSyntheticTests
{
    [Fact]
    public void Path_starts_at_intercept_only_model_and_stays_optimal()
    {
        var (x, y) = Generate(seed: 7, n: 60, p: 4);
        var path = LassoLogistic.FitPath(x, y, new LassoOptions());
        var rate = y.Average();

        Assert.All(path.Beta[0], b => Assert.Equal(0.0, b));
        Assert.Equal(Math.Log(rate / (1 - rate)), path.Intercept[0], 1e-12);
        Assert.Equal(0.0, path.DevianceRatio[0], 1e-12);
        Assert.True(path.NonzeroCount(1) >= 1); // λ_2 < λ_max activates the first feature
        for (var k = 0; k < path.Count; k++)
        {
            Assert.True(LassoOptimality.MaxViolation(x, y, path, k) < 1e-10, $"KKT violated at λ index {k}");
        }
    }

    [Fact]
    public void Given_lambda_sequence_is_fitted_in_full_without_early_stop()
    {
        var (x, y) = Generate(seed: 11, n: 50, p: 3);
        var lambda = new[] { 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001 };
        var path = LassoLogistic.FitPath(x, y, new LassoOptions { Lambda = lambda });

        Assert.Equal(lambda, path.Lambda);
        for (var k = 0; k < path.Count; k++)
        {
            Assert.True(LassoOptimality.MaxViolation(x, y, path, k) < 1e-10);
        }
    }

    [Fact]
    public void Interpolation_is_linear_in_lambda_and_clamped_to_the_path()
    {
        var (x, y) = Generate(seed: 3, n: 40, p: 3);
        var path = LassoLogistic.FitPath(x, y, new LassoOptions { Lambda = [0.3, 0.1, 0.05] });

        var (a0, beta) = LambdaInterpolation.At(path, 0.075);
        Assert.Equal(0.5 * (path.Intercept[1] + path.Intercept[2]), a0, 1e-14);
        Assert.Equal(0.5 * (path.Beta[1][0] + path.Beta[2][0]), beta[0], 1e-14);
        Assert.Equal(path.Intercept[0], LambdaInterpolation.At(path, 1.0).Intercept);
        Assert.Equal(path.Intercept[2], LambdaInterpolation.At(path, 0.001).Intercept);
    }

    [Fact]
    public void Cv_curve_weights_folds_by_size_and_applies_the_one_se_rule()
    {
        // Two λ values, three folds of sizes 1, 1, 2. At λ_2: values 1, 3, 2 → cvm = (1+3+4)/4 = 2,
        // cvsd = sqrt(((1)² + (1)² + 2·0²)/4 / 2) = 0.5. λ_1: all 2.4 → cvm 2.4, cvsd 0.
        var curve = new CrossValidationCurve(
            [1.0, 0.5],
            [[2.4, 1.0], [2.4, 3.0], [2.4, 2.0]],
            [1, 1, 2],
            higherIsBetter: false);

        Assert.Equal(2.0, curve.Cvm[1], 1e-15);
        Assert.Equal(0.5, curve.Cvsd[1], 1e-15);
        Assert.Equal(1, curve.IndexMin);
        Assert.Equal(0, curve.Index1Se); // 2.4 ≤ 2 + 0.5
    }

    private static (double[][] X, double[] Y) Generate(int seed, int n, int p)
    {
        var random = new Random(seed);
        var x = new double[n][];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = new double[p];
            for (var j = 0; j < p; j++)
            {
                x[i][j] = (j + 1) * (random.NextDouble() - 0.5) + j;
            }

            var eta = -0.3 + 1.5 * x[i][0] - 0.8 * x[i][1 % p];
            y[i] = random.NextDouble() < 1 / (1 + Math.Exp(-eta)) ? 1 : 0;
        }

        return (x, y);
    }
}
