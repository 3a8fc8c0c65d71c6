using HccMesh.Radiomics.Numerics;

namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// The 18 active first-order features (radiomics/firstorder.py). X = ROI intensities (float64) of the cropped
/// image, N = |X|, μ = mean, c = voxelArrayShift (only in Energy, TotalEnergy, RootMeanSquared),
/// p(i) = fraction of ROI voxels in discretised bin i (present bins only; Entropy and Uniformity only).
/// Percentiles are NumPy's default "linear" percentiles.
/// </summary>
public sealed class FirstOrderFeatures : IFeatureClass
{
    private static readonly string[] Names =
    [
        "10Percentile", "90Percentile", "Energy", "Entropy", "InterquartileRange", "Kurtosis", "Maximum",
        "MeanAbsoluteDeviation", "Mean", "Median", "Minimum", "Range", "RobustMeanAbsoluteDeviation",
        "RootMeanSquared", "Skewness", "TotalEnergy", "Uniformity", "Variance",
    ];

    public string Name => "firstorder";

    public IReadOnlyList<string> FeatureNames => Names;

    /// <summary>Deprecated upstream (StandardDeviation = √Variance); computed only when named explicitly.</summary>
    public static IReadOnlyList<string> DeprecatedNames { get; } = ["StandardDeviation"];

    public IReadOnlyDictionary<string, double> Compute(FeatureClassInput input, IReadOnlyCollection<string> enabledFeatures)
    {
        var x = RoiValues(input);
        int n = x.Length;
        double c = input.Settings.VoxelArrayShift;
        var sorted = (double[])x.Clone();
        Array.Sort(sorted);

        double mean = NumPyCompat.PairwiseSum(x) / n;
        var dev = new double[n];
        var work = new double[n];
        for (int i = 0; i < n; i++)
        {
            dev[i] = x[i] - mean;
        }

        // Central moments m_k = (1/N)Σ(x−μ)^k, each summed pairwise as NumPy does; computed once on demand.
        double[]? moments = null;
        double Moment(int k)
        {
            if (moments is null)
            {
                var w2 = new double[n];
                var w3 = new double[n];
                var w4 = new double[n];
                for (int i = 0; i < n; i++)
                {
                    double d = dev[i];
                    double d2 = d * d;
                    w2[i] = d2;
                    w3[i] = d2 * d;
                    w4[i] = d2 * d2;
                }

                moments = [0, 0, NumPyCompat.PairwiseSum(w2) / n, NumPyCompat.PairwiseSum(w3) / n, NumPyCompat.PairwiseSum(w4) / n];
            }

            return moments[k];
        }

        double? energy = null;
        double Energy()
        {
            if (energy is null)
            {
                for (int i = 0; i < n; i++)
                {
                    double v = x[i] + c;
                    work[i] = v * v;
                }

                energy = NumPyCompat.PairwiseSum(work);
            }

            return energy.Value;
        }

        double MeanAbsoluteDeviation()
        {
            for (int i = 0; i < n; i++)
            {
                work[i] = Math.Abs(dev[i]);
            }

            return NumPyCompat.PairwiseSum(work) / n;
        }

        double p10 = NumPyCompat.PercentileOfSorted(sorted, 10);
        double p90 = NumPyCompat.PercentileOfSorted(sorted, 90);
        var result = new Dictionary<string, double>();
        foreach (var name in enabledFeatures)
        {
            result[name] = name switch
            {
                "10Percentile" => p10,
                "90Percentile" => p90,
                "Energy" => Energy(),
                "TotalEnergy" => Energy() * (input.Spacing[0] * input.Spacing[1] * input.Spacing[2]),
                "Entropy" => Entropy(input),
                "Uniformity" => Uniformity(input),
                "InterquartileRange" => NumPyCompat.PercentileOfSorted(sorted, 75) - NumPyCompat.PercentileOfSorted(sorted, 25),
                "Kurtosis" => Ratio(Moment(4), Moment(2), 2.0),
                "Skewness" => Ratio(Moment(3), Moment(2), 1.5),
                "Maximum" => sorted[n - 1],
                "Minimum" => sorted[0],
                "Range" => sorted[n - 1] - sorted[0],
                "Mean" => mean,
                "Median" => Median(sorted),
                "MeanAbsoluteDeviation" => MeanAbsoluteDeviation(),
                "RobustMeanAbsoluteDeviation" => RobustMeanAbsoluteDeviation(x, p10, p90),
                "RootMeanSquared" => Math.Sqrt(Energy() / n),
                "Variance" => Square(Math.Sqrt(Moment(2))),
                "StandardDeviation" => Math.Sqrt(Moment(2)),
                _ => throw new RadiomicsException($"firstorder has no feature '{name}'"),
            };
        }

        return result;
    }

    private static double Square(double v) => v * v;

    /// <summary>m_a / m2^power; 0 for a flat region (m2 = 0), as PyRadiomics replaces m2 by 1 there.</summary>
    private static double Ratio(double moment, double m2, double power) =>
        m2 == 0 ? moment : moment / Math.Pow(m2, power);

    private static double Median(double[] sorted)
    {
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2.0;
    }

    /// <summary>Mean absolute deviation of the subset P10 ≤ x ≤ P90 from that subset's own mean.</summary>
    private static double RobustMeanAbsoluteDeviation(double[] x, double p10, double p90)
    {
        var subset = new List<double>(x.Length);
        foreach (double v in x)
        {
            if (v >= p10 && v <= p90)
            {
                subset.Add(v);
            }
        }

        var arr = subset.ToArray();
        double m = NumPyCompat.PairwiseSum(arr) / arr.Length;
        for (int i = 0; i < arr.Length; i++)
        {
            arr[i] = Math.Abs(arr[i] - m);
        }

        return NumPyCompat.PairwiseSum(arr) / arr.Length;
    }

    private static double[] BinFractions(FeatureClassInput input)
    {
        int max = 0, total = 0;
        for (int i = 0; i < input.GrayLevels.Length; i++)
        {
            if (input.InRoi[i])
            {
                max = Math.Max(max, input.GrayLevels[i]);
                total++;
            }
        }

        var counts = new int[max + 1];
        for (int i = 0; i < input.GrayLevels.Length; i++)
        {
            if (input.InRoi[i])
            {
                counts[input.GrayLevels[i]]++;
            }
        }

        var p = new List<double>();
        foreach (int k in counts)
        {
            if (k > 0)
            {
                p.Add((double)k / total);
            }
        }

        return [.. p];
    }

    /// <summary>Entropy = −Σ p(i)·log2(p(i) + ε).</summary>
    private static double Entropy(FeatureClassInput input)
    {
        double s = 0;
        foreach (double p in BinFractions(input))
        {
            s += p * Math.Log2(p + NumPyCompat.Epsilon);
        }

        return -1.0 * s;
    }

    /// <summary>Uniformity = Σ p(i)².</summary>
    private static double Uniformity(FeatureClassInput input)
    {
        double s = 0;
        foreach (double p in BinFractions(input))
        {
            s += p * p;
        }

        return s;
    }

    private static double[] RoiValues(FeatureClassInput input)
    {
        int count = 0;
        foreach (bool b in input.InRoi)
        {
            if (b) { count++; }
        }

        if (count == 0)
        {
            throw new RadiomicsException("firstorder: the ROI is empty");
        }

        var x = new double[count];
        for (int i = 0, k = 0; i < input.InRoi.Length; i++)
        {
            if (input.InRoi[i]) { x[k++] = input.Intensities[i]; }
        }

        return x;
    }
}
