using HccMesh.Radiomics.Numerics;

namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// The 18 active first-order features (radiomics/firstorder.py). X = ROI intensities (float64) of the cropped
/// (filtered) image, N = |X|, μ = mean, c = voxelArrayShift (only in Energy, TotalEnergy, RootMeanSquared),
/// p(i) = fraction of ROI voxels in discretised bin i (present bins only; only Entropy and Uniformity use it),
/// m_k = (1/N)Σ(x − μ)^k. Percentiles are NumPy's default "linear" percentiles.
/// </summary>
public sealed class FirstOrderFeatures : IFeatureClass
{
    private static readonly (string Name, Func<FirstOrderStatistics, double> Value)[] Table =
    [
        ("10Percentile", Percentile10),
        ("90Percentile", Percentile90),
        ("Energy", Energy),
        ("Entropy", Entropy),
        ("InterquartileRange", InterquartileRange),
        ("Kurtosis", Kurtosis),
        ("Maximum", Maximum),
        ("MeanAbsoluteDeviation", MeanAbsoluteDeviation),
        ("Mean", Mean),
        ("Median", Median),
        ("Minimum", Minimum),
        ("Range", Range),
        ("RobustMeanAbsoluteDeviation", RobustMeanAbsoluteDeviation),
        ("RootMeanSquared", RootMeanSquared),
        ("Skewness", Skewness),
        ("TotalEnergy", TotalEnergy),
        ("Uniformity", Uniformity),
        ("Variance", Variance),
    ];

    public string Name => "firstorder";

    public IReadOnlyList<string> FeatureNames { get; } = [.. Table.Select(f => f.Name)];

    /// <summary>Deprecated upstream; computed only when named explicitly.</summary>
    public static IReadOnlyList<string> DeprecatedNames { get; } = ["StandardDeviation"];

    public IReadOnlyDictionary<string, double> Compute(FeatureClassInput input, IReadOnlyCollection<string> enabledFeatures)
    {
        var s = new FirstOrderStatistics(input);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var name in enabledFeatures)
        {
            var entry = Table.FirstOrDefault(t => t.Name == name);
            result[name] = entry.Value is not null
                ? entry.Value(s)
                : name == "StandardDeviation" ? StandardDeviation(s) : throw new RadiomicsException($"firstorder has no feature '{name}'");
        }

        return result;
    }

    /// <summary>10Percentile = P10 of X.</summary>
    private static double Percentile10(FirstOrderStatistics s) => s.Percentile(10);

    /// <summary>90Percentile = P90 of X.</summary>
    private static double Percentile90(FirstOrderStatistics s) => s.Percentile(90);

    /// <summary>Energy = Σ (x + c)².</summary>
    private static double Energy(FirstOrderStatistics s) => s.Energy;

    /// <summary>TotalEnergy = Energy · sx·sy·sz (no IBSI equivalent).</summary>
    private static double TotalEnergy(FirstOrderStatistics s) => s.Energy * s.VoxelVolume;

    /// <summary>Entropy = −Σ_i p(i)·log2(p(i) + ε), ε = 2.2e-16 (so a single bin gives −3.2e-16).</summary>
    private static double Entropy(FirstOrderStatistics s) =>
        -1.0 * s.BinFractions.Sum(p => p * Math.Log2(p + NumPyCompat.Epsilon));

    /// <summary>Uniformity = Σ_i p(i)².</summary>
    private static double Uniformity(FirstOrderStatistics s) => s.BinFractions.Sum(p => p * p);

    /// <summary>InterquartileRange = P75 − P25.</summary>
    private static double InterquartileRange(FirstOrderStatistics s) => s.Percentile(75) - s.Percentile(25);

    /// <summary>Kurtosis = m4 / m2² (not excess kurtosis: IBSI value + 3); 0 for a flat region.</summary>
    private static double Kurtosis(FirstOrderStatistics s) => Ratio(s.Moment(4), s.Moment(2), 2.0);

    /// <summary>Skewness = m3 / m2^1.5; 0 for a flat region.</summary>
    private static double Skewness(FirstOrderStatistics s) => Ratio(s.Moment(3), s.Moment(2), 1.5);

    /// <summary>Maximum = max X.</summary>
    private static double Maximum(FirstOrderStatistics s) => s.Sorted[^1];

    /// <summary>Minimum = min X.</summary>
    private static double Minimum(FirstOrderStatistics s) => s.Sorted[0];

    /// <summary>Range = max X − min X.</summary>
    private static double Range(FirstOrderStatistics s) => s.Sorted[^1] - s.Sorted[0];

    /// <summary>Mean = Σx / N.</summary>
    private static double Mean(FirstOrderStatistics s) => s.Mean;

    /// <summary>Median = the middle value (mean of the two middle values for even N).</summary>
    private static double Median(FirstOrderStatistics s)
    {
        var sorted = s.Sorted;
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2.0;
    }

    /// <summary>MeanAbsoluteDeviation = (1/N) Σ |x − μ|.</summary>
    private static double MeanAbsoluteDeviation(FirstOrderStatistics s) => FirstOrderStatistics.MeanAbsoluteDeviation(s.X);

    /// <summary>RobustMeanAbsoluteDeviation: the mean absolute deviation of the subset P10 ≤ x ≤ P90 from that subset's mean.</summary>
    private static double RobustMeanAbsoluteDeviation(FirstOrderStatistics s)
    {
        double p10 = s.Percentile(10), p90 = s.Percentile(90);
        return FirstOrderStatistics.MeanAbsoluteDeviation([.. s.X.Where(v => v >= p10 && v <= p90)]);
    }

    /// <summary>RootMeanSquared = √(Σ (x + c)² / N).</summary>
    private static double RootMeanSquared(FirstOrderStatistics s) => Math.Sqrt(s.Energy / s.N);

    /// <summary>Variance = m2 (population), taken as NumPy's std² as upstream does.</summary>
    private static double Variance(FirstOrderStatistics s)
    {
        double sd = Math.Sqrt(s.Moment(2));
        return sd * sd;
    }

    /// <summary>StandardDeviation (deprecated) = √m2.</summary>
    private static double StandardDeviation(FirstOrderStatistics s) => Math.Sqrt(s.Moment(2));

    /// <summary>m_a / m2^power; a flat region (m2 = 0) gives the moment itself (0), as PyRadiomics replaces m2 by 1.</summary>
    private static double Ratio(double moment, double m2, double power) => m2 == 0 ? moment : moment / Math.Pow(m2, power);
}
