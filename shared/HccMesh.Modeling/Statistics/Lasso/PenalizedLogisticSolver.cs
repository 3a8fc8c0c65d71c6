using MathNet.Numerics.LinearAlgebra;

namespace HccMesh.Modeling.Statistics.Lasso;

/// <summary>
/// Minimises −(1/n)·Σ[yᵢηᵢ − log(1+e^ηᵢ)] + λ·Σ|b_j| over (b0, b) on standardized columns by proximal Newton:
/// an outer IRLS quadratic approximation, solved by cyclic coordinate descent with soft thresholding,
/// followed by step halving whenever the objective does not decrease.
/// The scheme follows glmnet's lognet (glmnet/src/glmnet5dpclean.m, Friedman, Hastie &amp; Tibshirani 2010,
/// J Stat Softw 33(1)) but iterates to full convergence instead of stopping at thresh = 1e-7.
/// </summary>
internal sealed class PenalizedLogisticSolver
{
    private readonly double[][] columns; // standardized, column-major: columns[j][i]
    private readonly double[] y;
    private readonly int n;
    private readonly LassoOptions options;
    private readonly double[] eta;
    private readonly double[] weight;
    private readonly double[] residual;

    public PenalizedLogisticSolver(double[][] standardizedColumns, double[] y, LassoOptions options)
    {
        columns = standardizedColumns;
        this.y = y;
        n = y.Length;
        this.options = options;
        eta = new double[n];
        weight = new double[n];
        residual = new double[n];
    }

    /// <summary>
    /// Refines (intercept, beta) in place to the optimum at <paramref name="lambda"/> (warm start from the solution at
    /// <paramref name="previousLambda"/>). The sequential strong rule (Tibshirani et al. 2012, JRSS-B 74(2), as glmnet
    /// uses it) restricts the descent to coordinates with |gradient| ≥ 2λ − λ_prev; the KKT conditions are then checked
    /// on all others and violators added, so the result is the optimum over every coordinate.
    /// </summary>
    public void Solve(double lambda, double previousLambda, ref double intercept, double[] beta)
    {
        var p = beta.Length;
        var gradient = new double[p];
        Gradient(intercept, beta, gradient);
        var inSet = new bool[p];
        var set = new List<int>();
        var strongBound = 2 * lambda - previousLambda;
        for (var j = 0; j < p; j++)
        {
            if (beta[j] != 0 || Math.Abs(gradient[j]) >= strongBound)
            {
                inSet[j] = true;
                set.Add(j);
            }
        }

        while (true)
        {
            SolveOn(set.ToArray(), lambda, ref intercept, beta);
            Gradient(intercept, beta, gradient);
            var violated = false;
            for (var j = 0; j < p; j++)
            {
                // The move a coordinate update would make from 0 (soft threshold of the gradient).
                if (!inSet[j] && Math.Abs(gradient[j]) > lambda)
                {
                    inSet[j] = true;
                    set.Add(j);
                    violated = true;
                }
            }

            if (!violated)
            {
                return;
            }
        }
    }

    /// <summary>gradient_j = (1/n)·Σ z_ij·(y_i − p_i) at (intercept, beta).</summary>
    private void Gradient(double intercept, double[] beta, double[] gradient)
    {
        ComputeEta(intercept, beta);
        for (var i = 0; i < n; i++)
        {
            residual[i] = y[i] - 1.0 / (1.0 + Math.Exp(-eta[i]));
        }

        for (var j = 0; j < gradient.Length; j++)
        {
            var column = columns[j];
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                sum += column[i] * residual[i];
            }

            gradient[j] = sum / n;
        }
    }

    private void SolveOn(int[] coordinates, double lambda, ref double intercept, double[] beta)
    {
        var p = beta.Length;
        var oldBeta = new double[p];
        var objective = Objective(lambda, intercept, beta);
        for (var outer = 0; outer < options.MaxIterations; outer++)
        {
            var oldIntercept = intercept;
            Array.Copy(beta, oldBeta, p);
            PrepareQuadraticApproximation(intercept, beta);
            CoordinateDescent(coordinates, lambda, ref intercept, beta);

            // Converged when the full Newton step is negligible (measured before any halving).
            var change = Math.Abs(intercept - oldIntercept);
            var scale = Math.Max(1.0, Math.Abs(intercept));
            for (var j = 0; j < p; j++)
            {
                change = Math.Max(change, Math.Abs(beta[j] - oldBeta[j]));
                scale = Math.Max(scale, Math.Abs(beta[j]));
            }

            // Near the optimum the objective is flat to rounding (coefficients there are only fixed to ~1e-8 by it),
            // so the full step is accepted unless it clearly increases the objective; far from it, halve.
            var newObjective = Objective(lambda, intercept, beta);
            var slack = 1e-10 * Math.Max(1.0, Math.Abs(objective));
            var halvings = 0;
            while (newObjective > objective + slack && halvings < 60)
            {
                intercept = 0.5 * (intercept + oldIntercept);
                for (var j = 0; j < p; j++)
                {
                    beta[j] = 0.5 * (beta[j] + oldBeta[j]);
                }

                newObjective = Objective(lambda, intercept, beta);
                halvings++;
            }

            if (newObjective > objective + slack)
            {
                // No descent even for a tiny step: the objective is at its minimum to rounding.
                intercept = oldIntercept;
                Array.Copy(oldBeta, beta, p);
                return;
            }

            objective = Math.Min(objective, newObjective);
            if (change <= options.ConvergenceThreshold * scale)
            {
                return;
            }
        }
    }

    /// <summary>The deviance −2·Σ[yᵢ log pᵢ + (1−yᵢ) log(1−pᵢ)] at (intercept, beta).</summary>
    public double Deviance(double intercept, double[] beta)
    {
        ComputeEta(intercept, beta);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += LogOnePlusExp(eta[i]) - y[i] * eta[i];
        }

        return 2 * sum;
    }

    private double Objective(double lambda, double intercept, double[] beta)
    {
        var penalty = 0.0;
        foreach (var b in beta)
        {
            penalty += Math.Abs(b);
        }

        return Deviance(intercept, beta) / (2.0 * n) + lambda * penalty;
    }

    private void PrepareQuadraticApproximation(double intercept, double[] beta)
    {
        ComputeEta(intercept, beta);
        var bound = options.ProbabilityBound;
        for (var i = 0; i < n; i++)
        {
            var prob = 1.0 / (1.0 + Math.Exp(-eta[i]));
            prob = Math.Clamp(prob, bound, 1 - bound);
            weight[i] = prob * (1 - prob);
            residual[i] = (y[i] - prob) / weight[i];
        }
    }

    private void CoordinateDescent(int[] coordinates, double lambda, ref double intercept, double[] beta)
    {
        var p = beta.Length;
        var weightSum = 0.0;
        for (var i = 0; i < n; i++)
        {
            weightSum += weight[i];
        }

        var curvature = new double[p];
        foreach (var j in coordinates)
        {
            var column = columns[j];
            var v = 0.0;
            for (var i = 0; i < n; i++)
            {
                v += weight[i] * column[i] * column[i];
            }

            curvature[j] = v / n;
        }

        // Tighter than the outer threshold so that the outer criterion sees the exact quadratic optimum.
        // glmnet's active-set strategy: after a sweep over every coordinate, cycle over the non-zero ones until they
        // settle, then sweep everything again; the solve ends only on a full sweep that changes nothing (beyond the
        // tolerance), so the optimum is the one plain cyclic descent reaches, at a fraction of the cost when p ≫ n.
        var tolerance = 0.1 * options.ConvergenceThreshold;
        var active = new List<int>();
        var isActive = new bool[p];
        for (var round = 0; round < options.MaxIterations; round++)
        {
            if (Sweep(coordinates, lambda, curvature, weightSum, ref intercept, beta, tolerance))
            {
                return;
            }

            foreach (var j in coordinates)
            {
                if (beta[j] != 0 && !isActive[j])
                {
                    isActive[j] = true;
                    active.Add(j);
                }
            }

            var activeSet = active.ToArray();
            for (var sweep = 0; sweep < options.MaxIterations; sweep++)
            {
                // After a few sweeps the signs have usually settled; the quadratic's optimum with those signs is then
                // one linear solve, where cyclic descent would need thousands of sweeps on ill-conditioned (nearly
                // separated, correlated) data. The next full sweep checks it like any other iterate. If a sign flips, descent
                // goes on and the solve is tried again later (sweeps 3, 10, 20, 40, …).
                if (IsSolveAttempt(sweep) && SolveWithFixedSigns(activeSet, lambda, ref intercept, beta))
                {
                    break;
                }

                if (Sweep(activeSet, lambda, curvature, weightSum, ref intercept, beta, tolerance))
                {
                    break;
                }
            }
        }
    }

    /// <summary>Sweeps after which the fixed-sign solve is tried: 3, then 10, 20, 40, 80, … (doubling).</summary>
    private static bool IsSolveAttempt(int sweep) =>
        sweep == 3 || (sweep >= 10 && sweep % 10 == 0 && int.IsPow2(sweep / 10));

    /// <summary>
    /// Minimises the weighted quadratic (1/2n)·Σ wᵢ(zᵢ − b0 − x_Aᵢ·b_A)² + λ·Σ s_j·b_j over the intercept and the non-zero
    /// coordinates A with their signs s held fixed: the normal equations
    /// [Σw, Σw·x_A; X_Aᵀw, X_AᵀWX_A]·[δ0; δ_A] = [Σw·r; X_AᵀW·r − nλ·s] for the step from the current point (r = z − η).
    /// When the step would flip a sign, it is taken only up to the first coordinate reaching zero, that coordinate
    /// leaves A and the system is solved again (the usual active-set move; each one lowers the objective).
    /// Returns false, changing nothing, when the system is singular or A is empty.
    /// </summary>
    private bool SolveWithFixedSigns(int[] activeSet, double lambda, ref double intercept, double[] beta)
    {
        var a = activeSet.Where(j => beta[j] != 0).ToList();
        var moved = false;
        while (a.Count > 0 && a.Count < n)
        {
            var step = FixedSignStep(a, lambda, beta);
            if (step is null)
            {
                return moved;
            }

            var fraction = 1.0;
            var leaving = -1;
            for (var k = 0; k < a.Count; k++)
            {
                var b = beta[a[k]];
                var updated = b + step[k + 1];
                if (Math.Sign(updated) != Math.Sign(b) && -b / step[k + 1] < fraction)
                {
                    fraction = -b / step[k + 1];
                    leaving = k;
                }
            }

            intercept += fraction * step[0];
            for (var i = 0; i < n; i++)
            {
                residual[i] -= fraction * step[0];
            }

            for (var k = 0; k < a.Count; k++)
            {
                var delta = k == leaving ? -beta[a[k]] : fraction * step[k + 1];
                beta[a[k]] = k == leaving ? 0.0 : beta[a[k]] + delta;
                var column = columns[a[k]];
                for (var i = 0; i < n; i++)
                {
                    residual[i] -= delta * column[i];
                }
            }

            moved = true;
            if (leaving < 0)
            {
                return true;
            }

            a.RemoveAt(leaving);
        }

        return moved;
    }

    /// <summary>The fixed-sign Newton step [δ0; δ_A], or null when the weighted Gram matrix is not positive definite.</summary>
    private Vector<double>? FixedSignStep(List<int> a, double lambda, double[] beta)
    {
        var m = a.Count + 1;
        var matrix = Matrix<double>.Build.Dense(m, m);
        var rhs = Vector<double>.Build.Dense(m);
        var weighted = new double[n];
        for (var k = -1; k < a.Count; k++)
        {
            var ck = k < 0 ? null : columns[a[k]];
            for (var i = 0; i < n; i++)
            {
                weighted[i] = weight[i] * (ck is null ? 1.0 : ck[i]);
            }

            var r = 0.0;
            for (var i = 0; i < n; i++)
            {
                r += weighted[i] * residual[i];
            }

            rhs[k + 1] = k < 0 ? r : r - (n * lambda * Math.Sign(beta[a[k]]));
            for (var l = k; l < a.Count; l++)
            {
                var cl = l < 0 ? null : columns[a[l]];
                var sum = 0.0;
                for (var i = 0; i < n; i++)
                {
                    sum += weighted[i] * (cl is null ? 1.0 : cl[i]);
                }

                matrix[k + 1, l + 1] = sum;
                matrix[l + 1, k + 1] = sum;
            }
        }

        try
        {
            var step = matrix.Cholesky().Solve(rhs);
            return step.All(double.IsFinite) ? step : null;
        }
        catch (ArgumentException)
        {
            return null; // not positive definite: leave it to coordinate descent
        }
    }

    /// <summary>One cyclic pass over <paramref name="coordinates"/> then the intercept; true when nothing moved beyond the tolerance.</summary>
    private bool Sweep(int[] coordinates, double lambda, double[] curvature, double weightSum, ref double intercept, double[] beta, double tolerance)
    {
        var change = 0.0;
        var scale = Math.Max(1.0, Math.Abs(intercept));
        foreach (var j in coordinates)
        {
            var column = columns[j];
            var gradient = 0.0;
            for (var i = 0; i < n; i++)
            {
                gradient += weight[i] * column[i] * residual[i];
            }

            var u = gradient / n + curvature[j] * beta[j];
            var updated = SoftThreshold(u, lambda) / curvature[j];
            var delta = updated - beta[j];
            if (delta != 0)
            {
                beta[j] = updated;
                for (var i = 0; i < n; i++)
                {
                    residual[i] -= delta * column[i];
                }
            }

            change = Math.Max(change, Math.Abs(delta));
            scale = Math.Max(scale, Math.Abs(updated));
        }

        var residualSum = 0.0;
        for (var i = 0; i < n; i++)
        {
            residualSum += weight[i] * residual[i];
        }

        var interceptDelta = residualSum / weightSum;
        intercept += interceptDelta;
        for (var i = 0; i < n; i++)
        {
            residual[i] -= interceptDelta;
        }

        change = Math.Max(change, Math.Abs(interceptDelta));
        return change <= tolerance * scale;
    }

    private void ComputeEta(double intercept, double[] beta)
    {
        Array.Fill(eta, intercept);
        for (var j = 0; j < beta.Length; j++)
        {
            var b = beta[j];
            if (b == 0)
            {
                continue;
            }

            var column = columns[j];
            for (var i = 0; i < n; i++)
            {
                eta[i] += b * column[i];
            }
        }
    }

    private static double SoftThreshold(double u, double lambda) =>
        u > lambda ? u - lambda : u < -lambda ? u + lambda : 0.0;

    private static double LogOnePlusExp(double t) => t > 0 ? t + Math.Log(1 + Math.Exp(-t)) : Math.Log(1 + Math.Exp(t));
}
