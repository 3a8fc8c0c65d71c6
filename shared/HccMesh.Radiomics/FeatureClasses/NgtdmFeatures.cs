namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// PyRadiomics "ngtdm" features (radiomics/ngtdm.py), computed on
/// <see cref="NeighbouringGrayToneDifferenceMatrix"/>. Notation: N_vp = Σ n_i, p_i = n_i / N_vp,
/// N_gp = number of present levels; i and j run over the present levels and are the level values.
/// </summary>
public sealed class NgtdmFeatures : IFeatureClass
{
    private static readonly (string Name, Func<NeighbouringGrayToneDifferenceMatrix, double> Value)[] Table =
    [
        ("Busyness", Busyness),
        ("Coarseness", Coarseness),
        ("Complexity", Complexity),
        ("Contrast", Contrast),
        ("Strength", Strength),
    ];

    public string Name => "ngtdm";

    public IReadOnlyList<string> FeatureNames { get; } = [.. Table.Select(f => f.Name)];

    public IReadOnlyDictionary<string, double> Compute(FeatureClassInput input, IReadOnlyCollection<string> enabledFeatures) =>
        FromMatrix(NeighbouringGrayToneDifferenceMatrix.Compute(input), enabledFeatures);

    /// <summary>Features of an already built matrix.</summary>
    public static IReadOnlyDictionary<string, double> FromMatrix(NeighbouringGrayToneDifferenceMatrix matrix, IReadOnlyCollection<string> enabledFeatures) =>
        FeatureSelection.Evaluate("ngtdm", Table, enabledFeatures, value => value(matrix));

    /// <summary>Busyness = Σ_i p_i·s_i / Σ_i Σ_j |i·p_i − j·p_j|; 0 when the denominator is 0 (one level).</summary>
    private static double Busyness(NeighbouringGrayToneDifferenceMatrix m)
    {
        var p = Probabilities(m);
        var i = m.GrayLevels;
        double numerator = 0, denominator = 0;
        for (int a = 0; a < p.Length; a++)
        {
            numerator += p[a] * m.DifferenceSums[a];
            for (int b = 0; b < p.Length; b++)
            {
                denominator += Math.Abs((i[a] * p[a]) - (i[b] * p[b]));
            }
        }

        return denominator == 0 ? 0 : numerator / denominator;
    }

    /// <summary>Coarseness = 1 / Σ_i p_i·s_i; 1e6 when the sum is 0 (flat region).</summary>
    private static double Coarseness(NeighbouringGrayToneDifferenceMatrix m)
    {
        var p = Probabilities(m);
        double sum = 0;
        for (int a = 0; a < p.Length; a++)
        {
            sum += p[a] * m.DifferenceSums[a];
        }

        return sum == 0 ? 1e6 : 1 / sum;
    }

    /// <summary>Complexity = Σ_i Σ_j |i − j|·(p_i·s_i + p_j·s_j) / (p_i + p_j) / N_vp.</summary>
    private static double Complexity(NeighbouringGrayToneDifferenceMatrix m)
    {
        var p = Probabilities(m);
        var i = m.GrayLevels;
        var s = m.DifferenceSums;
        double sum = 0;
        for (int a = 0; a < p.Length; a++)
        {
            for (int b = 0; b < p.Length; b++)
            {
                double divisor = p[a] + p[b];
                sum += Math.Abs(i[a] - i[b]) * ((p[a] * s[a]) + (p[b] * s[b])) / (divisor == 0 ? 1 : divisor);
            }
        }

        return sum / VoxelCount(m);
    }

    /// <summary>Contrast = [Σ_i Σ_j p_i·p_j·(i − j)²]·Σ_i s_i / N_vp / (N_gp·(N_gp − 1)); 0 when N_gp = 1.</summary>
    private static double Contrast(NeighbouringGrayToneDifferenceMatrix m)
    {
        var p = Probabilities(m);
        var i = m.GrayLevels;
        int ngp = p.Length;
        double div = (double)ngp * (ngp - 1);
        if (div == 0)
        {
            return 0;
        }

        double pairs = 0;
        for (int a = 0; a < ngp; a++)
        {
            for (int b = 0; b < ngp; b++)
            {
                double d = i[a] - i[b];
                pairs += p[a] * p[b] * (d * d);
            }
        }

        return pairs * m.DifferenceSums.Sum() / VoxelCount(m) / div;
    }

    /// <summary>Strength = Σ_i Σ_j (p_i + p_j)·(i − j)² / Σ_i s_i; 0 when Σ s_i = 0.</summary>
    private static double Strength(NeighbouringGrayToneDifferenceMatrix m)
    {
        var p = Probabilities(m);
        var i = m.GrayLevels;
        double sumS = m.DifferenceSums.Sum();
        if (sumS == 0)
        {
            return 0;
        }

        double sum = 0;
        for (int a = 0; a < p.Length; a++)
        {
            for (int b = 0; b < p.Length; b++)
            {
                double d = i[a] - i[b];
                sum += (p[a] + p[b]) * (d * d);
            }
        }

        return sum / sumS;
    }

    private static double VoxelCount(NeighbouringGrayToneDifferenceMatrix m) => m.VoxelCounts.Sum();

    private static double[] Probabilities(NeighbouringGrayToneDifferenceMatrix m)
    {
        double nvp = VoxelCount(m);
        return [.. m.VoxelCounts.Select(c => c / nvp)];
    }
}
