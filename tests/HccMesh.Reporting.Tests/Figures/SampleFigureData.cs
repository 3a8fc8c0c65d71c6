using System.Globalization;
using HccMesh.Modeling.Statistics.Nomogram;
using HccMesh.Reporting.Figures;

namespace HccMesh.Reporting.Tests.Figures;

/// <summary>
/// Plausible inputs for every figure, simulated with fixed seeds (a radiomics MVI study of ~230 patients): binormal
/// scores for three models, a 10-bin calibration of a slightly over-confident model, a 99-threshold decision curve,
/// a 60-λ LASSO path over 20 features with its cross-validation curve, and a 4-variable nomogram scaled by
/// <see cref="NomogramScale"/>. Only the shapes matter here, not the numbers.
/// </summary>
internal static class SampleFigureData
{
    public static readonly string[] FeatureNames =
    [
        "AP_original_shape_Sphericity", "AP_original_firstorder_Skewness", "AP_wavelet-LLH_glcm_Correlation",
        "AP_wavelet-HLL_glszm_SmallAreaEmphasis", "AP_log-sigma-3-0-mm-3D_firstorder_Entropy", "AP_original_glrlm_RunEntropy",
        "PVP_original_shape_Elongation", "PVP_original_firstorder_Kurtosis", "PVP_wavelet-LHL_gldm_DependenceVariance",
        "PVP_wavelet-HHH_glcm_Idmn", "PVP_log-sigma-2-0-mm-3D_glszm_ZoneEntropy", "PVP_original_ngtdm_Busyness",
        "PVP_original_gldm_LargeDependenceEmphasis", "AP_wavelet-LLL_firstorder_Median", "AP_original_glcm_ClusterShade",
        "PVP_wavelet-LLL_glrlm_LongRunEmphasis", "AP_original_ngtdm_Coarseness", "PVP_original_shape_Maximum2DDiameterSlice",
        "AP_wavelet-HLH_glszm_GrayLevelNonUniformityNormalized", "PVP_original_firstorder_90Percentile",
    ];

    public static IReadOnlyList<RocSeries> RocCurves()
    {
        var result = new List<RocSeries>();
        foreach (var (model, separation, seed) in new[] { ("Clinical", 0.9, 11), ("Radiomics", 1.4, 12), ("Combined", 1.8, 13) })
        {
            var (scores, outcomes) = Simulate(seed, 150, 80, separation);
            var (fpr, tpr, auc) = EmpiricalRoc(scores, outcomes);
            var se = HanleyMcNeilStandardError(auc, 80, 150);
            var label = string.Create(CultureInfo.InvariantCulture, $"{model}: AUC {auc:0.000} (95% CI {auc - (1.96 * se):0.000}–{Math.Min(1, auc + (1.96 * se)):0.000})");
            result.Add(new RocSeries(label, fpr, tpr));
        }

        return result;
    }

    public static IReadOnlyList<CalibrationSeries> Calibration()
    {
        return [CalibrationOf("Training cohort", 21, 160, 1.25), CalibrationOf("Validation cohort", 22, 70, 1.6)];
    }

    public static (double[] Thresholds, double[] TreatAll, IReadOnlyList<NetBenefitSeries> Models) DecisionCurve()
    {
        var thresholds = Enumerable.Range(1, 99).Select(i => i / 100.0).ToArray();
        var models = new List<NetBenefitSeries>();
        double prevalence = 0;
        foreach (var (model, separation, seed) in new[] { ("Clinical", 0.9, 11), ("Radiomics", 1.4, 12), ("Combined", 1.8, 13) })
        {
            var (scores, outcomes) = Simulate(seed, 150, 80, separation);
            var risk = scores.Select(s => 1 / (1 + Math.Exp(-((separation * s) - (separation * separation / 2) - 0.63)))).ToArray();
            prevalence = outcomes.Count(o => o) / (double)outcomes.Length;
            var nb = new double[thresholds.Length];
            for (var t = 0; t < thresholds.Length; t++)
            {
                int tp = 0, fp = 0;
                for (var i = 0; i < risk.Length; i++)
                {
                    if (risk[i] >= thresholds[t])
                    {
                        if (outcomes[i])
                        {
                            tp++;
                        }
                        else
                        {
                            fp++;
                        }
                    }
                }

                var odds = thresholds[t] / (1 - thresholds[t]);
                nb[t] = (tp / (double)risk.Length) - (fp / (double)risk.Length * odds);
            }

            models.Add(new NetBenefitSeries(model, nb));
        }

        var treatAll = thresholds.Select(t => prevalence - ((1 - prevalence) * t / (1 - t))).ToArray();
        return (thresholds, treatAll, models);
    }

    /// <summary>60 λ log-spaced from λmax down to λmax/1000 (glmnet's default ratio for n &lt; p is 0.01; here 0.001
    /// to show the whole path); feature f enters at its own λ and grows linearly in log(λ) after that.</summary>
    public static (double[] Lambda, double[][] Coefficients, int[] NonZero) LassoPath()
    {
        const int steps = 60;
        var lambdaMax = 0.28;
        var lambda = Enumerable.Range(0, steps).Select(k => lambdaMax * Math.Pow(1e-3, k / (double)(steps - 1))).ToArray();
        var random = new Random(31);
        var features = FeatureNames.Length;
        var entry = new double[features];
        var slope = new double[features];
        for (var f = 0; f < features; f++)
        {
            entry[f] = lambdaMax * Math.Pow(1e-3, Math.Pow(random.NextDouble(), 0.7) * 0.9);
            slope[f] = (random.NextDouble() < 0.5 ? -1 : 1) * (0.05 + (0.25 * random.NextDouble()));
        }

        var coefficients = new double[steps][];
        var nonZero = new int[steps];
        for (var k = 0; k < steps; k++)
        {
            coefficients[k] = new double[features];
            for (var f = 0; f < features; f++)
            {
                var b = lambda[k] < entry[f] ? slope[f] * Math.Log(entry[f] / lambda[k]) : 0;
                coefficients[k][f] = b;
                if (b != 0)
                {
                    nonZero[k]++;
                }
            }
        }

        return (lambda, coefficients, nonZero);
    }

    /// <summary>U-shaped binomial deviance over the path of <see cref="LassoPath"/>, minimum at index 31.</summary>
    public static (double[] Cvm, double[] Cvsd, double LambdaMin, double Lambda1Se) CrossValidation(double[] lambda)
    {
        var random = new Random(41);
        var logMin = Math.Log(lambda[31]);
        var cvm = new double[lambda.Length];
        var cvsd = new double[lambda.Length];
        for (var k = 0; k < lambda.Length; k++)
        {
            var d = Math.Log(lambda[k]) - logMin;
            cvm[k] = 1.02 + (d > 0 ? 0.3 * (1 - Math.Exp(-0.45 * d * d)) : 0.012 * d * d) + (0.004 * (random.NextDouble() - 0.5));
            cvsd[k] = 0.045 + (0.01 * random.NextDouble());
        }

        var best = Array.IndexOf(cvm, cvm.Min());
        var limit = cvm[best] + cvsd[best];
        var oneSe = best;
        while (oneSe > 0 && cvm[oneSe - 1] <= limit)
        {
            oneSe--;
        }

        return (cvm, cvsd, lambda[best], lambda[oneSe]);
    }

    public static NomogramInputs Nomogram()
    {
        var variables = new List<NomogramVariable>
        {
            new("AFP (log10 ng/mL)", 0.62, PrettyAxis.Ticks(0.3, 4.2, 10)),
            new("Tumour size (cm)", 0.21, PrettyAxis.Ticks(1.0, 12.4, 10)),
            new("Radscore", 1.15, PrettyAxis.Ticks(-2.4, 2.6, 10)),
            new("Capsule", 0.88, [0, 1]),
        };
        var scale = NomogramScale.Build(-3.1, variables);
        var axes = new List<NomogramAxis>();
        for (var v = 0; v < variables.Count; v++)
        {
            axes.Add(new NomogramAxis(
                variables[v].Name, variables[v].AxisValues, scale.AxisPoints(v), v == 3 ? ["absent", "present"] : null));
        }

        var maxTotal = axes.Sum(a => a.Points.Max());
        var totalTicks = PrettyAxis.Ticks(0, maxTotal, 10);
        var random = new Random(51);
        var trainingLp = Enumerable.Range(0, 230).Select(_ => -3.1 + 0.62 * (0.3 + (3.9 * random.NextDouble())) + 0.21 * (1 + (11.4 * random.NextDouble()))
            + 1.15 * ((5 * random.NextDouble()) - 2.4) + (random.NextDouble() < 0.4 ? 0.88 : 0)).ToArray();
        double[] risks = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
        var riskPoints = NomogramRiskAxis.TotalPointsAsDrawn(scale, risks, trainingLp);
        return new NomogramInputs(axes, totalTicks, risks, riskPoints);
    }

    private static CalibrationSeries CalibrationOf(string label, int seed, int patients, double slope)
    {
        var random = new Random(seed);
        var predicted = new double[patients];
        var outcomes = new bool[patients];
        for (var i = 0; i < patients; i++)
        {
            var lp = (2.2 * Normal(random)) - 0.6;
            predicted[i] = 1 / (1 + Math.Exp(-lp));
            var truth = 1 / (1 + Math.Exp(-(lp / slope)));
            outcomes[i] = random.NextDouble() < truth;
        }

        var order = Enumerable.Range(0, patients).OrderBy(i => predicted[i]).ToArray();
        var bins = new List<CalibrationPoint>();
        for (var b = 0; b < 10; b++)
        {
            var members = order.Skip(b * patients / 10).Take(((b + 1) * patients / 10) - (b * patients / 10)).ToArray();
            var mean = members.Average(i => predicted[i]);
            var events = members.Count(i => outcomes[i]);
            var (lo, hi) = Wilson(events, members.Length);
            bins.Add(new CalibrationPoint(mean, events / (double)members.Length, lo, hi));
        }

        // A Gaussian-kernel smoother of the outcomes on a grid stands in for lowess.
        var grid = Enumerable.Range(0, 50).Select(g => predicted.Min() + ((predicted.Max() - predicted.Min()) * g / 49.0)).ToArray();
        var smooth = grid.Select(x =>
        {
            double weight = 0, sum = 0;
            for (var i = 0; i < patients; i++)
            {
                var w = Math.Exp(-Math.Pow((predicted[i] - x) / 0.12, 2) / 2);
                weight += w;
                sum += w * (outcomes[i] ? 1 : 0);
            }

            return sum / weight;
        }).ToArray();
        return new CalibrationSeries(label, bins, grid, smooth);
    }

    private static (double Lower, double Upper) Wilson(int events, int n)
    {
        const double z = 1.959963984540054;
        var p = events / (double)n;
        var centre = (p + (z * z / (2 * n))) / (1 + (z * z / n));
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4.0 * n * n))) / (1 + (z * z / n));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    private static (double[] Scores, bool[] Outcomes) Simulate(int seed, int negatives, int positives, double separation)
    {
        var random = new Random(seed);
        var scores = new double[negatives + positives];
        var outcomes = new bool[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            outcomes[i] = i >= negatives;
            scores[i] = Normal(random) + (outcomes[i] ? separation : 0);
        }

        return (scores, outcomes);
    }

    private static (double[] Fpr, double[] Tpr, double Auc) EmpiricalRoc(double[] scores, bool[] outcomes)
    {
        var positives = outcomes.Count(o => o);
        var negatives = outcomes.Length - positives;
        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();
        var fpr = new List<double> { 0 };
        var tpr = new List<double> { 0 };
        int tp = 0, fp = 0;
        double auc = 0;
        foreach (var i in order)
        {
            if (outcomes[i])
            {
                tp++;
            }
            else
            {
                fp++;
                auc += tp;
            }

            fpr.Add(fp / (double)negatives);
            tpr.Add(tp / (double)positives);
        }

        return (fpr.ToArray(), tpr.ToArray(), auc / ((double)positives * negatives));
    }

    private static double HanleyMcNeilStandardError(double auc, int positives, int negatives)
    {
        var q1 = auc / (2 - auc);
        var q2 = 2 * auc * auc / (1 + auc);
        return Math.Sqrt(((auc * (1 - auc)) + ((positives - 1) * (q1 - (auc * auc))) + ((negatives - 1) * (q2 - (auc * auc)))) / (positives * negatives));
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
