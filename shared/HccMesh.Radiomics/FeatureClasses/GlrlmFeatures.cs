namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// PyRadiomics "glrlm" features (radiomics/glrlm.py). Each feature is computed on every matrix of
/// <see cref="GrayLevelRunLengthMatrix"/> (one per kept angle, or the single weighted sum) and the
/// results are averaged with NaN-ignoring mean (np.nanmean); a matrix with N_r = 0 gives NaN and is
/// ignored, and no matrix at all gives NaN.
/// Notation: P(i, r) runs of gray level i and length r, N_r = Σ P, p_g(i) = Σ_r P, p_r(r) = Σ_i P,
/// N_p = Σ_r r·p_r(r), p = P / N_r, ε = 2.2e-16.
/// </summary>
public sealed class GlrlmFeatures : IFeatureClass
{
    private static readonly (string Name, Func<GrayLevelSizeStatistics, double> Value)[] Table =
    [
        ("GrayLevelNonUniformity", GrayLevelNonUniformity),
        ("GrayLevelNonUniformityNormalized", GrayLevelNonUniformityNormalized),
        ("GrayLevelVariance", GrayLevelVariance),
        ("HighGrayLevelRunEmphasis", HighGrayLevelRunEmphasis),
        ("LongRunEmphasis", LongRunEmphasis),
        ("LongRunHighGrayLevelEmphasis", LongRunHighGrayLevelEmphasis),
        ("LongRunLowGrayLevelEmphasis", LongRunLowGrayLevelEmphasis),
        ("LowGrayLevelRunEmphasis", LowGrayLevelRunEmphasis),
        ("RunEntropy", RunEntropy),
        ("RunLengthNonUniformity", RunLengthNonUniformity),
        ("RunLengthNonUniformityNormalized", RunLengthNonUniformityNormalized),
        ("RunPercentage", RunPercentage),
        ("RunVariance", RunVariance),
        ("ShortRunEmphasis", ShortRunEmphasis),
        ("ShortRunHighGrayLevelEmphasis", ShortRunHighGrayLevelEmphasis),
        ("ShortRunLowGrayLevelEmphasis", ShortRunLowGrayLevelEmphasis),
    ];

    public string Name => "glrlm";

    public IReadOnlyList<string> FeatureNames { get; } = [.. Table.Select(f => f.Name)];

    public IReadOnlyDictionary<string, double> Compute(FeatureClassInput input, IReadOnlyCollection<string> enabledFeatures) =>
        FromMatrix(GrayLevelRunLengthMatrix.Compute(input), enabledFeatures);

    /// <summary>Features of an already built matrix set.</summary>
    public static IReadOnlyDictionary<string, double> FromMatrix(GrayLevelRunLengthMatrix matrix, IReadOnlyCollection<string> enabledFeatures)
    {
        var runLengths = new double[matrix.MaxRunLength];
        for (int r = 0; r < runLengths.Length; r++)
        {
            runLengths[r] = r + 1;
        }

        var perMatrix = new GrayLevelSizeStatistics[matrix.MatrixCount];
        for (int m = 0; m < perMatrix.Length; m++)
        {
            perMatrix[m] = new GrayLevelSizeStatistics(matrix.MatrixCounts(m), matrix.GrayLevels, runLengths, double.NaN);
        }

        return FeatureSelection.Evaluate("glrlm", Table, enabledFeatures, value => NanMean(perMatrix, value));
    }

    private static double NanMean(GrayLevelSizeStatistics[] perMatrix, Func<GrayLevelSizeStatistics, double> value)
    {
        double sum = 0;
        int count = 0;
        foreach (var s in perMatrix)
        {
            double v = value(s);
            if (!double.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }

    /// <summary>GLN = Σ_i p_g(i)² / N_r.</summary>
    private static double GrayLevelNonUniformity(GrayLevelSizeStatistics s) => s.GrayLevelNonUniformity;

    /// <summary>GLNN = Σ_i p_g(i)² / N_r².</summary>
    private static double GrayLevelNonUniformityNormalized(GrayLevelSizeStatistics s) => s.GrayLevelNonUniformityNormalized;

    /// <summary>GLV = Σ_i (p_g(i)/N_r)·(i − μ)², μ = Σ_i (p_g(i)/N_r)·i.</summary>
    private static double GrayLevelVariance(GrayLevelSizeStatistics s) => s.GrayLevelVariance;

    /// <summary>HGLRE = Σ_i p_g(i)·i² / N_r.</summary>
    private static double HighGrayLevelRunEmphasis(GrayLevelSizeStatistics s) => s.HighGrayLevelEmphasis;

    /// <summary>LRE = Σ_r p_r(r)·r² / N_r.</summary>
    private static double LongRunEmphasis(GrayLevelSizeStatistics s) => s.LargeSizeEmphasis;

    /// <summary>LRHGLE = Σ_i Σ_r P(i,r)·r²·i² / N_r.</summary>
    private static double LongRunHighGrayLevelEmphasis(GrayLevelSizeStatistics s) => s.LargeSizeHighGrayLevelEmphasis;

    /// <summary>LRLGLE = Σ_i Σ_r P(i,r)·r² / i² / N_r.</summary>
    private static double LongRunLowGrayLevelEmphasis(GrayLevelSizeStatistics s) => s.LargeSizeLowGrayLevelEmphasis;

    /// <summary>LGLRE = Σ_i p_g(i) / i² / N_r.</summary>
    private static double LowGrayLevelRunEmphasis(GrayLevelSizeStatistics s) => s.LowGrayLevelEmphasis;

    /// <summary>RE = −Σ_i Σ_r p(i,r)·log2(p(i,r) + ε).</summary>
    private static double RunEntropy(GrayLevelSizeStatistics s) => s.Entropy;

    /// <summary>RLN = Σ_r p_r(r)² / N_r.</summary>
    private static double RunLengthNonUniformity(GrayLevelSizeStatistics s) => s.SizeNonUniformity;

    /// <summary>RLNN = Σ_r p_r(r)² / N_r².</summary>
    private static double RunLengthNonUniformityNormalized(GrayLevelSizeStatistics s) => s.SizeNonUniformityNormalized;

    /// <summary>RP = N_r / N_p (for a weighted sum both carry the weights, as in PyRadiomics).</summary>
    private static double RunPercentage(GrayLevelSizeStatistics s) => s.Percentage;

    /// <summary>RV = Σ_r (p_r(r)/N_r)·(r − μ)², μ = Σ_r (p_r(r)/N_r)·r.</summary>
    private static double RunVariance(GrayLevelSizeStatistics s) => s.SizeVariance;

    /// <summary>SRE = Σ_r p_r(r) / r² / N_r.</summary>
    private static double ShortRunEmphasis(GrayLevelSizeStatistics s) => s.SmallSizeEmphasis;

    /// <summary>SRHGLE = Σ_i Σ_r P(i,r)·i² / r² / N_r.</summary>
    private static double ShortRunHighGrayLevelEmphasis(GrayLevelSizeStatistics s) => s.SmallSizeHighGrayLevelEmphasis;

    /// <summary>SRLGLE = Σ_i Σ_r P(i,r) / (i²·r²) / N_r.</summary>
    private static double ShortRunLowGrayLevelEmphasis(GrayLevelSizeStatistics s) => s.SmallSizeLowGrayLevelEmphasis;
}
