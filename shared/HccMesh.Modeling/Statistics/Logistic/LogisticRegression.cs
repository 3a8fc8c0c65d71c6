using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace HccMesh.Modeling.Statistics.Logistic;

/// <summary>
/// Maximum-likelihood logistic regression by iteratively reweighted least squares, reproducing
/// R's <c>glm(family = binomial)</c> (algorithm as in R src/library/stats/R/glm.R, glm.fit):
/// start μ = (y + ½)/2, each step solves the weighted least-squares problem by QR, and stops when
/// |dev − dev_old| / (|dev| + 0.1) &lt; ε (default 1e-8, at most 25 iterations).
/// The covariance is (XᵀWX)⁻¹ from the last step's QR, as <c>summary.glm</c> uses it.
/// </summary>
public static class LogisticRegression
{
    public const string InterceptName = "(Intercept)";

    /// <summary>Two-sided 97.5% standard-normal quantile used for the Wald interval.</summary>
    public const double WaldZ = 1.959963984540054;

    /// <summary>R warns "fitted probabilities numerically 0 or 1" beyond 10·ε.</summary>
    private const double SeparationEpsilon = 10.0 * LogisticFunction.DoubleEpsilon;

    /// <summary>Fits y (0/1) on the columns of <paramref name="x"/> (n × p) plus an intercept.</summary>
    public static LogisticRegressionResult Fit(
        double[,] x, IReadOnlyList<double> y, IReadOnlyList<string> names,
        IReadOnlyList<double>? offset = null, double epsilon = 1e-8, int maxIterations = 25)
    {
        var rows = new double[x.GetLength(0)][];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new double[x.GetLength(1)];
            for (var j = 0; j < rows[i].Length; j++)
            {
                rows[i][j] = x[i, j];
            }
        }

        return Fit(rows, y, names, offset, epsilon, maxIterations);
    }

    /// <summary>Fits y (0/1) on the covariate rows plus an intercept; zero columns gives the intercept-only model.</summary>
    /// <exception cref="SeparationException">Fitted probabilities numerically 0/1 or diverging coefficients.</exception>
    public static LogisticRegressionResult Fit(
        IReadOnlyList<double[]> rows, IReadOnlyList<double> y, IReadOnlyList<string> names,
        IReadOnlyList<double>? offset = null, double epsilon = 1e-8, int maxIterations = 25)
    {
        var n = y.Count;
        if (rows.Count != n)
        {
            throw new ArgumentException($"{rows.Count} covariate rows for {n} outcomes.", nameof(rows));
        }

        if (offset is not null && offset.Count != n)
        {
            throw new ArgumentException($"{offset.Count} offsets for {n} outcomes.", nameof(offset));
        }

        var p = names.Count;
        var k = p + 1;
        var design = Matrix<double>.Build.Dense(n, k);
        for (var i = 0; i < n; i++)
        {
            if (rows[i].Length != p)
            {
                throw new ArgumentException($"Row {i} has {rows[i].Length} values for {p} names.", nameof(rows));
            }

            if (y[i] is < 0.0 or > 1.0 || double.IsNaN(y[i]))
            {
                throw new ArgumentException($"Outcome {i} = {y[i]} is not in [0, 1].", nameof(y));
            }

            design[i, 0] = 1.0;
            for (var j = 0; j < p; j++)
            {
                design[i, j + 1] = rows[i][j];
            }
        }

        var off = new double[n];
        for (var i = 0; i < n; i++)
        {
            off[i] = offset?[i] ?? 0.0;
        }

        var termNames = new string[k];
        termNames[0] = InterceptName;
        for (var j = 0; j < p; j++)
        {
            termNames[j + 1] = names[j];
        }

        var eta = new double[n];
        var mu = new double[n];
        for (var i = 0; i < n; i++)
        {
            eta[i] = LogisticFunction.Logit((y[i] + 0.5) / 2.0);
            mu[i] = LogisticFunction.Inverse(eta[i]);
        }

        var devianceOld = Deviance(y, mu);
        var deviance = devianceOld;
        var beta = Vector<double>.Build.Dense(k);
        var betaOld = beta;
        QR<double>? qr = null;
        var converged = false;
        var iteration = 0;
        var weightedDesign = Matrix<double>.Build.Dense(n, k);
        var workingResponse = Vector<double>.Build.Dense(n);
        while (iteration < maxIterations)
        {
            iteration++;
            for (var i = 0; i < n; i++)
            {
                var d = LogisticFunction.Derivative(eta[i]);
                var w = Math.Sqrt(d * d / (mu[i] * (1.0 - mu[i])));
                workingResponse[i] = w * (eta[i] - off[i] + (y[i] - mu[i]) / d);
                for (var j = 0; j < k; j++)
                {
                    weightedDesign[i, j] = w * design[i, j];
                }
            }

            qr = weightedDesign.QR(QRMethod.Thin);
            EnsureFullRank(qr.R, termNames);
            betaOld = beta;
            beta = qr.Solve(workingResponse);
            var linear = design * beta;
            for (var i = 0; i < n; i++)
            {
                eta[i] = linear[i] + off[i];
                mu[i] = LogisticFunction.Inverse(eta[i]);
            }

            deviance = Deviance(y, mu);
            if (Math.Abs(deviance - devianceOld) / (Math.Abs(deviance) + 0.1) < epsilon)
            {
                converged = true;
                break;
            }

            devianceOld = deviance;
        }

        var numericallyZeroOrOne = Array.Exists(mu, m => m < SeparationEpsilon || m > 1.0 - SeparationEpsilon);
        var continuation = converged && !numericallyZeroOrOne
            ? ContinuationStep(design, y, off, beta, weightedDesign, workingResponse)
            : null;
        if (!converged || numericallyZeroOrOne || continuation is not null)
        {
            var diverging = MostDivergingTerm(design, continuation ?? beta - betaOld, termNames);
            var reason = !converged ? $"IRLS did not converge in {maxIterations} iterations"
                : numericallyZeroOrOne ? "fitted probabilities numerically 0 or 1 occurred"
                : "the linear predictor keeps moving after glm's convergence criterion was met";
            throw new SeparationException(
                diverging,
                $"Logistic fit shows separation ({reason}); the coefficient of '{diverging}' diverges, so no finite maximum-likelihood estimate exists.");
        }

        var rInverse = qr!.R.Inverse();
        var covariance = rInverse * rInverse.Transpose();
        var terms = new LogisticTerm[k];
        for (var j = 0; j < k; j++)
        {
            terms[j] = MakeTerm(termNames[j], beta[j], Math.Sqrt(covariance[j, j]));
        }

        // As R's glm(): with an offset the null model is the intercept-only fit with that offset.
        var nullDeviance = offset is null || p == 0
            ? NullDeviance(y, offset is null, deviance)
            : Fit(EmptyRows(n), y, [], offset, epsilon, maxIterations).Deviance;
        return new LogisticRegressionResult(terms, covariance.ToArray(), deviance, nullDeviance, iteration, eta, mu);
    }

    /// <summary>Binomial deviance Σ −2[y·log μ + (1−y)·log(1−μ)] for y in [0, 1] (R's binomial dev.resids).</summary>
    public static double Deviance(IReadOnlyList<double> y, IReadOnlyList<double> mu)
    {
        var sum = 0.0;
        for (var i = 0; i < y.Count; i++)
        {
            sum += 2.0 * (XLogXOverMu(y[i], mu[i]) + XLogXOverMu(1.0 - y[i], 1.0 - mu[i]));
        }

        return sum;
    }

    internal static LogisticTerm MakeTerm(string name, double beta, double se)
    {
        var z = beta / se;
        var p = 2.0 * Normal.CDF(0.0, 1.0, -Math.Abs(z));
        return new LogisticTerm(name, beta, se, z, p, Math.Exp(beta), Math.Exp(beta - WaldZ * se), Math.Exp(beta + WaldZ * se));
    }

    private static double[][] EmptyRows(int n)
    {
        var rows = new double[n][];
        Array.Fill(rows, []);
        return rows;
    }

    private static double XLogXOverMu(double y, double mu) => y > 0.0 ? y * Math.Log(y / mu) : 0.0;

    private static double NullDeviance(IReadOnlyList<double> y, bool noOffset, double deviance)
    {
        if (!noOffset)
        {
            return deviance; // intercept-only model with offset: it is its own null model
        }

        var mean = y.Average();
        var mu = new double[y.Count];
        Array.Fill(mu, mean);
        return Deviance(y, mu);
    }

    private static void EnsureFullRank(Matrix<double> r, IReadOnlyList<string> names)
    {
        var scale = 0.0;
        for (var j = 0; j < r.ColumnCount; j++)
        {
            scale = Math.Max(scale, Math.Abs(r[j, j]));
        }

        for (var j = 0; j < r.ColumnCount; j++)
        {
            // R's dqrdc2 rank tolerance is 1e-11 relative to the column norm; this is the same order.
            if (Math.Abs(r[j, j]) <= 1e-11 * scale)
            {
                throw new ArgumentException($"Design matrix is rank deficient: '{names[j]}' is collinear with earlier terms.");
            }
        }
    }

    /// <summary>
    /// R's glm stops separated fits "converged" with |β| ≈ 20 and no warning (the deviance shrinks geometrically).
    /// Three further Newton steps tell the cases apart: at a finite MLE they move η by ≪ 1e-3 (quadratic
    /// convergence), under separation by about 1 per step. Returns the total coefficient change when it diverges.
    /// </summary>
    private static Vector<double>? ContinuationStep(
        Matrix<double> design, IReadOnlyList<double> y, double[] off, Vector<double> start,
        Matrix<double> weightedDesign, Vector<double> workingResponse)
    {
        const int Steps = 3;
        const double DivergenceThreshold = 0.1;
        var n = y.Count;
        var beta = start;
        var eta = new double[n];
        var mu = new double[n];
        var startEta = design * start;
        for (var i = 0; i < n; i++)
        {
            eta[i] = startEta[i] + off[i];
            mu[i] = LogisticFunction.Inverse(eta[i]);
        }

        for (var step = 0; step < Steps; step++)
        {
            for (var i = 0; i < n; i++)
            {
                var d = LogisticFunction.Derivative(eta[i]);
                var w = Math.Sqrt(d * d / (mu[i] * (1.0 - mu[i])));
                workingResponse[i] = w * (eta[i] - off[i] + (y[i] - mu[i]) / d);
                for (var j = 0; j < design.ColumnCount; j++)
                {
                    weightedDesign[i, j] = w * design[i, j];
                }
            }

            beta = weightedDesign.QR(QRMethod.Thin).Solve(workingResponse);
            var linear = design * beta;
            for (var i = 0; i < n; i++)
            {
                eta[i] = linear[i] + off[i];
                mu[i] = LogisticFunction.Inverse(eta[i]);
            }
        }

        var moved = (design * (beta - start)).AbsoluteMaximum();
        return moved > DivergenceThreshold ? beta - start : null;
    }

    private static string MostDivergingTerm(Matrix<double> design, Vector<double> step, IReadOnlyList<string> names)
    {
        if (names.Count == 1)
        {
            return names[0];
        }

        var best = 1;
        var bestChange = -1.0;
        for (var j = 1; j < names.Count; j++)
        {
            var column = design.Column(j);
            var mean = column.Average();
            var sd = Math.Sqrt(column.Select(v => (v - mean) * (v - mean)).Sum() / Math.Max(1, column.Count - 1));
            var change = Math.Abs(step[j]) * sd;
            if (change > bestChange)
            {
                best = j;
                bestChange = change;
            }
        }

        return names[best];
    }
}
