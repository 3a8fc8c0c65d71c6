namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// PyRadiomics "gldm" features (radiomics/gldm.py), computed on <see cref="GrayLevelDependenceMatrix"/>.
/// The deprecated GrayLevelNonUniformityNormalized and DependencePercentage are not offered.
/// Notation: P(i, j) voxels of gray level i and dependence j, N_z = Σ P (= ROI voxel count),
/// p_g(i) = Σ_j P, p_d(j) = Σ_i P, p = P / N_z, ε = 2.2e-16.
/// </summary>
public sealed class GldmFeatures : IFeatureClass
{
    private static readonly (string Name, Func<GrayLevelSizeStatistics, double> Value)[] Table =
    [
        ("DependenceEntropy", DependenceEntropy),
        ("DependenceNonUniformity", DependenceNonUniformity),
        ("DependenceNonUniformityNormalized", DependenceNonUniformityNormalized),
        ("DependenceVariance", DependenceVariance),
        ("GrayLevelNonUniformity", GrayLevelNonUniformity),
        ("GrayLevelVariance", GrayLevelVariance),
        ("HighGrayLevelEmphasis", HighGrayLevelEmphasis),
        ("LargeDependenceEmphasis", LargeDependenceEmphasis),
        ("LargeDependenceHighGrayLevelEmphasis", LargeDependenceHighGrayLevelEmphasis),
        ("LargeDependenceLowGrayLevelEmphasis", LargeDependenceLowGrayLevelEmphasis),
        ("LowGrayLevelEmphasis", LowGrayLevelEmphasis),
        ("SmallDependenceEmphasis", SmallDependenceEmphasis),
        ("SmallDependenceHighGrayLevelEmphasis", SmallDependenceHighGrayLevelEmphasis),
        ("SmallDependenceLowGrayLevelEmphasis", SmallDependenceLowGrayLevelEmphasis),
    ];

    public string Name => "gldm";

    public IReadOnlyList<string> FeatureNames { get; } = [.. Table.Select(f => f.Name)];

    public IReadOnlyDictionary<string, double> Compute(FeatureClassInput input, IReadOnlyCollection<string> enabledFeatures) =>
        FromMatrix(GrayLevelDependenceMatrix.Compute(input), enabledFeatures);

    /// <summary>Features of an already built matrix.</summary>
    public static IReadOnlyDictionary<string, double> FromMatrix(GrayLevelDependenceMatrix matrix, IReadOnlyCollection<string> enabledFeatures)
    {
        var dependences = new double[matrix.MaxDependence];
        for (int j = 0; j < dependences.Length; j++)
        {
            dependences[j] = j + 1;
        }

        var stats = new GrayLevelSizeStatistics(matrix.Counts, matrix.GrayLevels, dependences, 1.0);
        return FeatureSelection.Evaluate("gldm", Table, enabledFeatures, value => value(stats));
    }

    /// <summary>DE = −Σ_i Σ_j p(i,j)·log2(p(i,j) + ε).</summary>
    private static double DependenceEntropy(GrayLevelSizeStatistics s) => s.Entropy;

    /// <summary>DN = Σ_j p_d(j)² / N_z.</summary>
    private static double DependenceNonUniformity(GrayLevelSizeStatistics s) => s.SizeNonUniformity;

    /// <summary>DNN = Σ_j p_d(j)² / N_z².</summary>
    private static double DependenceNonUniformityNormalized(GrayLevelSizeStatistics s) => s.SizeNonUniformityNormalized;

    /// <summary>DV = Σ_j (p_d(j)/N_z)·(j − μ)², μ = Σ_j (p_d(j)/N_z)·j.</summary>
    private static double DependenceVariance(GrayLevelSizeStatistics s) => s.SizeVariance;

    /// <summary>GLN = Σ_i p_g(i)² / N_z.</summary>
    private static double GrayLevelNonUniformity(GrayLevelSizeStatistics s) => s.GrayLevelNonUniformity;

    /// <summary>GLV = Σ_i (p_g(i)/N_z)·(i − μ)², μ = Σ_i (p_g(i)/N_z)·i.</summary>
    private static double GrayLevelVariance(GrayLevelSizeStatistics s) => s.GrayLevelVariance;

    /// <summary>HGLE = Σ_i p_g(i)·i² / N_z.</summary>
    private static double HighGrayLevelEmphasis(GrayLevelSizeStatistics s) => s.HighGrayLevelEmphasis;

    /// <summary>LDE = Σ_j p_d(j)·j² / N_z.</summary>
    private static double LargeDependenceEmphasis(GrayLevelSizeStatistics s) => s.LargeSizeEmphasis;

    /// <summary>LDHGLE = Σ_i Σ_j P(i,j)·j²·i² / N_z.</summary>
    private static double LargeDependenceHighGrayLevelEmphasis(GrayLevelSizeStatistics s) => s.LargeSizeHighGrayLevelEmphasis;

    /// <summary>LDLGLE = Σ_i Σ_j P(i,j)·j² / i² / N_z.</summary>
    private static double LargeDependenceLowGrayLevelEmphasis(GrayLevelSizeStatistics s) => s.LargeSizeLowGrayLevelEmphasis;

    /// <summary>LGLE = Σ_i p_g(i) / i² / N_z.</summary>
    private static double LowGrayLevelEmphasis(GrayLevelSizeStatistics s) => s.LowGrayLevelEmphasis;

    /// <summary>SDE = Σ_j p_d(j) / j² / N_z.</summary>
    private static double SmallDependenceEmphasis(GrayLevelSizeStatistics s) => s.SmallSizeEmphasis;

    /// <summary>SDHGLE = Σ_i Σ_j P(i,j)·i² / j² / N_z.</summary>
    private static double SmallDependenceHighGrayLevelEmphasis(GrayLevelSizeStatistics s) => s.SmallSizeHighGrayLevelEmphasis;

    /// <summary>SDLGLE = Σ_i Σ_j P(i,j) / (i²·j²) / N_z.</summary>
    private static double SmallDependenceLowGrayLevelEmphasis(GrayLevelSizeStatistics s) => s.SmallSizeLowGrayLevelEmphasis;
}
