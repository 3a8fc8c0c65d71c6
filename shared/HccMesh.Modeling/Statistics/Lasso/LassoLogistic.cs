namespace HccMesh.Modeling.Statistics.Lasso;

/// <summary>
/// L1-penalised logistic regression path, equivalent to glmnet::glmnet(family = "binomial", alpha = 1,
/// standardize = TRUE): columns are standardized with their mean and population SD, the objective
/// −(1/n)·loglik + λ·Σ|b_j|·sd_j is minimised along a decreasing geometric λ sequence with warm starts,
/// and coefficients are reported on the original scale.
/// λ sequence and early stop as glmnet's lognet Fortran and R fix.lam (glmnet/src/glmnet5dpclean.m, R/glmnet.R).
/// </summary>
public static class LassoLogistic
{
    public static LassoPath FitPath(double[][] x, double[] y, LassoOptions? options = null)
    {
        options ??= new LassoOptions();
        var n = y.Length;
        if (n == 0 || x.Length != n)
        {
            throw new ArgumentException("x and y must have the same, non-zero number of rows.");
        }

        var p = x[0].Length;
        var means = new double[p];
        var sds = new double[p];
        var columns = Standardize(x, means, sds);

        var yMean = 0.0;
        foreach (var value in y)
        {
            if (value is not (0.0 or 1.0))
            {
                throw new ArgumentException("y must be 0/1.");
            }

            yMean += value;
        }

        yMean /= n;
        if (yMean is 0 or 1)
        {
            throw new ArgumentException("y has only one class.");
        }

        var nullDeviance = -2 * n * (yMean * Math.Log(yMean) + (1 - yMean) * Math.Log(1 - yMean));
        var userLambda = options.Lambda;
        var lambdaMax = LambdaMax(columns, y, yMean);
        var count = userLambda?.Count ?? options.LambdaCount;
        var ratio = options.LambdaMinRatio ?? (n > p ? 1e-4 : 1e-2);
        var step = Math.Pow(ratio, 1.0 / (count - 1));

        var solver = new PenalizedLogisticSolver(columns, y, options);
        var intercept = Math.Log(yMean / (1 - yMean));
        var beta = new double[p];
        var lambdas = new List<double>();
        var intercepts = new List<double>();
        var betas = new List<double[]>();
        var devianceRatios = new List<double>();
        var lambda = lambdaMax;
        var minimumFitted = Math.Min(options.MinLambdaCount, count);
        for (var m = 0; m < count; m++)
        {
            if (userLambda is not null)
            {
                lambda = userLambda[m];
            }
            else if (m > 0)
            {
                // glmnet multiplies step by step: λ_m = λ_{m−1}·step.
                lambda = m == 1 ? lambdaMax * step : lambda * step;
            }

            if (userLambda is not null || m > 0)
            {
                solver.Solve(lambda, m == 0 ? lambda : lambdas[m - 1], ref intercept, beta);
            }

            // else: glmnet fits the first point at λ = ∞ (intercept only); solving at λ_max itself could leave
            // rounding-level non-zero coefficients, which would break the ties that AUC relies on.
            var ratioExplained = 1 - solver.Deviance(intercept, beta) / nullDeviance;
            lambdas.Add(lambda);
            devianceRatios.Add(ratioExplained);
            intercepts.Add(ToOriginalIntercept(intercept, beta, means, sds));
            betas.Add(ToOriginalBeta(beta, sds));

            if (userLambda is not null || m + 1 < minimumFitted)
            {
                continue;
            }

            if (ratioExplained > options.MaxDevianceRatio)
            {
                break;
            }

            if (m > 0 && ratioExplained - devianceRatios[m - 1] < options.MinDevianceRatioChange)
            {
                break;
            }
        }

        var lambdaArray = lambdas.ToArray();
        if (userLambda is null && lambdaArray.Length >= 3)
        {
            // R's fix.lam: glmnet fits the first value at λ = ∞ and reports it by log-linear extrapolation.
            lambdaArray[0] = Math.Exp(2 * Math.Log(lambdaArray[1]) - Math.Log(lambdaArray[2]));
        }

        return new LassoPath(lambdaArray, intercepts.ToArray(), betas.ToArray(), devianceRatios.ToArray(), nullDeviance, means, sds);
    }

    /// <summary>λ_max = max_j |z_jᵀ(y − ȳ)| / n, the smallest λ with every coefficient zero.</summary>
    private static double LambdaMax(double[][] columns, double[] y, double yMean)
    {
        var max = 0.0;
        foreach (var column in columns)
        {
            var dot = 0.0;
            for (var i = 0; i < y.Length; i++)
            {
                dot += column[i] * (y[i] - yMean);
            }

            max = Math.Max(max, Math.Abs(dot) / y.Length);
        }

        return max;
    }

    private static double[][] Standardize(double[][] x, double[] means, double[] sds)
    {
        var n = x.Length;
        var p = means.Length;
        var columns = new double[p][];
        for (var j = 0; j < p; j++)
        {
            var mean = 0.0;
            for (var i = 0; i < n; i++)
            {
                mean += x[i][j];
            }

            mean /= n;
            var variance = 0.0;
            for (var i = 0; i < n; i++)
            {
                var d = x[i][j] - mean;
                variance += d * d;
            }

            var sd = Math.Sqrt(variance / n);
            if (sd == 0)
            {
                throw new ArgumentException($"Feature column {j} is constant.");
            }

            means[j] = mean;
            sds[j] = sd;
            var column = new double[n];
            for (var i = 0; i < n; i++)
            {
                column[i] = (x[i][j] - mean) / sd;
            }

            columns[j] = column;
        }

        return columns;
    }

    private static double[] ToOriginalBeta(double[] beta, double[] sds)
    {
        var result = new double[beta.Length];
        for (var j = 0; j < beta.Length; j++)
        {
            result[j] = beta[j] / sds[j];
        }

        return result;
    }

    private static double ToOriginalIntercept(double intercept, double[] beta, double[] means, double[] sds)
    {
        var a0 = intercept;
        for (var j = 0; j < beta.Length; j++)
        {
            a0 -= beta[j] * means[j] / sds[j];
        }

        return a0;
    }
}
