namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// PyRadiomics "glszm" features (radiomics/glszm.py), computed on the single
/// <see cref="GrayLevelSizeZoneMatrix"/> (no angles).
/// Notation: P(i, s) zones of gray level i and size s, N_z = Σ P, p_g(i) = Σ_s P, p_s(s) = Σ_i P,
/// N_p = Σ_s s·p_s(s) (the ROI voxel count), p = P / N_z, ε = 2.2e-16; N_z = 0 and N_p = 0 are
/// replaced by 1 as PyRadiomics does.
/// </summary>
public sealed class GlszmFeatures : IFeatureClass
{
    private static readonly (string Name, Func<GrayLevelSizeStatistics, double> Value)[] Table =
    [
        ("GrayLevelNonUniformity", GrayLevelNonUniformity),
        ("GrayLevelNonUniformityNormalized", GrayLevelNonUniformityNormalized),
        ("GrayLevelVariance", GrayLevelVariance),
        ("HighGrayLevelZoneEmphasis", HighGrayLevelZoneEmphasis),
        ("LargeAreaEmphasis", LargeAreaEmphasis),
        ("LargeAreaHighGrayLevelEmphasis", LargeAreaHighGrayLevelEmphasis),
        ("LargeAreaLowGrayLevelEmphasis", LargeAreaLowGrayLevelEmphasis),
        ("LowGrayLevelZoneEmphasis", LowGrayLevelZoneEmphasis),
        ("SizeZoneNonUniformity", SizeZoneNonUniformity),
        ("SizeZoneNonUniformityNormalized", SizeZoneNonUniformityNormalized),
        ("SmallAreaEmphasis", SmallAreaEmphasis),
        ("SmallAreaHighGrayLevelEmphasis", SmallAreaHighGrayLevelEmphasis),
        ("SmallAreaLowGrayLevelEmphasis", SmallAreaLowGrayLevelEmphasis),
        ("ZoneEntropy", ZoneEntropy),
        ("ZonePercentage", ZonePercentage),
        ("ZoneVariance", ZoneVariance),
    ];

    public string Name => "glszm";

    public IReadOnlyList<string> FeatureNames { get; } = [.. Table.Select(f => f.Name)];

    public IReadOnlyDictionary<string, double> Compute(FeatureClassInput input, IReadOnlyCollection<string> enabledFeatures) =>
        FromMatrix(GrayLevelSizeZoneMatrix.Compute(input), enabledFeatures);

    /// <summary>Features of an already built matrix.</summary>
    public static IReadOnlyDictionary<string, double> FromMatrix(GrayLevelSizeZoneMatrix matrix, IReadOnlyCollection<string> enabledFeatures)
    {
        double[] sizes = [.. matrix.ZoneSizes.Select(s => (double)s)];
        var stats = new GrayLevelSizeStatistics(matrix.Counts, matrix.GrayLevels, sizes, 1.0);
        return FeatureSelection.Evaluate("glszm", Table, enabledFeatures, value => value(stats));
    }

    /// <summary>GLN = Σ_i p_g(i)² / N_z.</summary>
    private static double GrayLevelNonUniformity(GrayLevelSizeStatistics s) => s.GrayLevelNonUniformity;

    /// <summary>GLNN = Σ_i p_g(i)² / N_z².</summary>
    private static double GrayLevelNonUniformityNormalized(GrayLevelSizeStatistics s) => s.GrayLevelNonUniformityNormalized;

    /// <summary>GLV = Σ_i (p_g(i)/N_z)·(i − μ)², μ = Σ_i (p_g(i)/N_z)·i.</summary>
    private static double GrayLevelVariance(GrayLevelSizeStatistics s) => s.GrayLevelVariance;

    /// <summary>HGLZE = Σ_i p_g(i)·i² / N_z.</summary>
    private static double HighGrayLevelZoneEmphasis(GrayLevelSizeStatistics s) => s.HighGrayLevelEmphasis;

    /// <summary>LAE = Σ_s p_s(s)·s² / N_z.</summary>
    private static double LargeAreaEmphasis(GrayLevelSizeStatistics s) => s.LargeSizeEmphasis;

    /// <summary>LAHGLE = Σ_i Σ_s P(i,s)·s²·i² / N_z.</summary>
    private static double LargeAreaHighGrayLevelEmphasis(GrayLevelSizeStatistics s) => s.LargeSizeHighGrayLevelEmphasis;

    /// <summary>LALGLE = Σ_i Σ_s P(i,s)·s² / i² / N_z.</summary>
    private static double LargeAreaLowGrayLevelEmphasis(GrayLevelSizeStatistics s) => s.LargeSizeLowGrayLevelEmphasis;

    /// <summary>LGLZE = Σ_i p_g(i) / i² / N_z.</summary>
    private static double LowGrayLevelZoneEmphasis(GrayLevelSizeStatistics s) => s.LowGrayLevelEmphasis;

    /// <summary>SZN = Σ_s p_s(s)² / N_z.</summary>
    private static double SizeZoneNonUniformity(GrayLevelSizeStatistics s) => s.SizeNonUniformity;

    /// <summary>SZNN = Σ_s p_s(s)² / N_z².</summary>
    private static double SizeZoneNonUniformityNormalized(GrayLevelSizeStatistics s) => s.SizeNonUniformityNormalized;

    /// <summary>SAE = Σ_s p_s(s) / s² / N_z.</summary>
    private static double SmallAreaEmphasis(GrayLevelSizeStatistics s) => s.SmallSizeEmphasis;

    /// <summary>SAHGLE = Σ_i Σ_s P(i,s)·i² / s² / N_z.</summary>
    private static double SmallAreaHighGrayLevelEmphasis(GrayLevelSizeStatistics s) => s.SmallSizeHighGrayLevelEmphasis;

    /// <summary>SALGLE = Σ_i Σ_s P(i,s) / (i²·s²) / N_z.</summary>
    private static double SmallAreaLowGrayLevelEmphasis(GrayLevelSizeStatistics s) => s.SmallSizeLowGrayLevelEmphasis;

    /// <summary>ZE = −Σ_i Σ_s p(i,s)·log2(p(i,s) + ε); a single zone gives −3.2034265038149176e-16.</summary>
    private static double ZoneEntropy(GrayLevelSizeStatistics s) => s.Entropy;

    /// <summary>ZP = N_z / N_p.</summary>
    private static double ZonePercentage(GrayLevelSizeStatistics s) => s.Percentage;

    /// <summary>ZV = Σ_s (p_s(s)/N_z)·(s − μ)², μ = Σ_s (p_s(s)/N_z)·s.</summary>
    private static double ZoneVariance(GrayLevelSizeStatistics s) => s.SizeVariance;
}
