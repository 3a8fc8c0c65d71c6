using HccMesh.Radiomics.Numerics;
using HccMesh.Radiomics.Texture;

namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// The 24 active GLCM features (radiomics/glcm.py) on the matrices of <see cref="GrayLevelCooccurrenceMatrix"/>.
/// Notation as in <see cref="GlcmCoefficients"/>; ε = 2.2e-16. Each feature is computed per angle and averaged
/// over the angles with NaN-ignoring mean (np.nanmean); JointAverage uses a plain mean, as upstream.
/// </summary>
public sealed class GlcmFeatures : IFeatureClass
{
    private const double Eps = NumPyCompat.Epsilon;

    private static readonly (string Name, Func<GlcmCoefficients, double> Value)[] Table =
    [
        ("Autocorrelation", Autocorrelation),
        ("ClusterProminence", ClusterProminence),
        ("ClusterShade", ClusterShade),
        ("ClusterTendency", ClusterTendency),
        ("Contrast", Contrast),
        ("Correlation", Correlation),
        ("DifferenceAverage", DifferenceAverage),
        ("DifferenceEntropy", DifferenceEntropy),
        ("DifferenceVariance", DifferenceVariance),
        ("Id", Id),
        ("Idm", Idm),
        ("Idmn", Idmn),
        ("Idn", Idn),
        ("Imc1", Imc1),
        ("Imc2", Imc2),
        ("InverseVariance", InverseVariance),
        ("JointAverage", JointAverage),
        ("JointEnergy", JointEnergy),
        ("JointEntropy", JointEntropy),
        ("MCC", Mcc),
        ("MaximumProbability", MaximumProbability),
        ("SumAverage", SumAverage),
        ("SumEntropy", SumEntropy),
        ("SumSquares", SumSquares),
    ];

    public string Name => "glcm";

    public IReadOnlyList<string> FeatureNames { get; } = [.. Table.Select(f => f.Name)];

    /// <summary>Deprecated upstream features: accepted in a parameter file but, like PyRadiomics, they yield no value.</summary>
    public static IReadOnlyList<string> DeprecatedNames { get; } = ["Dissimilarity", "Homogeneity1", "Homogeneity2", "SumVariance"];

    public IReadOnlyDictionary<string, double> Compute(FeatureClassInput input, IReadOnlyCollection<string> enabledFeatures)
    {
        var glcm = GrayLevelCooccurrenceMatrix.Build(input);
        var angles = glcm.Matrices.Select(m => new GlcmCoefficients(m, glcm.GrayLevels, glcm.MaxGrayLevel)).ToArray();
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, value) in Table)
        {
            if (!enabledFeatures.Contains(name))
            {
                continue;
            }

            result[name] = name switch
            {
                "JointAverage" => PlainMean(angles, value),
                "MCC" when glcm.Size < 2 => 1.0, // one gray level: PyRadiomics returns 1
                _ => NanMean(angles, value),
            };
        }

        return result;
    }

    /// <summary>Autocorrelation = Σ_i Σ_j p(i,j)·i·j.</summary>
    private static double Autocorrelation(GlcmCoefficients c) => c.Sum((i, j) => i * j);

    /// <summary>ClusterProminence = Σ_i Σ_j p(i,j)·(i + j − μx − μy)⁴.</summary>
    private static double ClusterProminence(GlcmCoefficients c) => c.Sum((i, j) => Math.Pow(i + j - c.MeanX - c.MeanY, 4));

    /// <summary>ClusterShade = Σ_i Σ_j p(i,j)·(i + j − μx − μy)³.</summary>
    private static double ClusterShade(GlcmCoefficients c) => c.Sum((i, j) => Math.Pow(i + j - c.MeanX - c.MeanY, 3));

    /// <summary>ClusterTendency = Σ_i Σ_j p(i,j)·(i + j − μx − μy)² (= IBSI sum variance).</summary>
    private static double ClusterTendency(GlcmCoefficients c) => c.Sum((i, j) => Square(i + j - c.MeanX - c.MeanY));

    /// <summary>Contrast = Σ_i Σ_j p(i,j)·(i − j)².</summary>
    private static double Contrast(GlcmCoefficients c) => c.Sum((i, j) => Square(Math.Abs(i - j)));

    /// <summary>
    /// Correlation = Σ p(i,j)(i − μx)(j − μy) / (σx·σy + ε), σx² = Σ p(i − μx)², σy² = Σ p(j − μy)².
    /// PyRadiomics quirk: 1 when σx·σy = 0 (flat region).
    /// </summary>
    private static double Correlation(GlcmCoefficients c)
    {
        double sigx = Math.Pow(c.Sum((i, _) => Square(i - c.MeanX)), 0.5);
        double sigy = Math.Pow(c.Sum((_, j) => Square(j - c.MeanY)), 0.5);
        double corm = c.Sum((i, j) => (i - c.MeanX) * (j - c.MeanY));
        return sigx * sigy == 0 ? 1.0 : corm / ((sigx * sigy) + Eps);
    }

    /// <summary>DifferenceAverage = Σ_k k·p_{x−y}(k).</summary>
    private static double DifferenceAverage(GlcmCoefficients c) => SumK(c.DifferenceDistribution, 0, (k, p) => k * p);

    /// <summary>DifferenceEntropy = −Σ_k p_{x−y}(k)·log2(p_{x−y}(k) + ε).</summary>
    private static double DifferenceEntropy(GlcmCoefficients c) => -SumK(c.DifferenceDistribution, 0, (_, p) => p * Math.Log2(p + Eps));

    /// <summary>DifferenceVariance = Σ_k (k − DA)²·p_{x−y}(k), DA = DifferenceAverage.</summary>
    private static double DifferenceVariance(GlcmCoefficients c)
    {
        double da = DifferenceAverage(c);
        return SumK(c.DifferenceDistribution, 0, (k, p) => p * Square(k - da));
    }

    /// <summary>Id (inverse difference) = Σ_k p_{x−y}(k) / (1 + k).</summary>
    private static double Id(GlcmCoefficients c) => SumK(c.DifferenceDistribution, 0, (k, p) => p / (1 + k));

    /// <summary>Idm (inverse difference moment) = Σ_k p_{x−y}(k) / (1 + k²).</summary>
    private static double Idm(GlcmCoefficients c) => SumK(c.DifferenceDistribution, 0, (k, p) => p / (1 + (k * k)));

    /// <summary>Idmn = Σ_k p_{x−y}(k) / (1 + k²/Ng²), Ng = the largest gray level in the ROI (PyRadiomics' normalisation).</summary>
    private static double Idmn(GlcmCoefficients c) =>
        SumK(c.DifferenceDistribution, 0, (k, p) => p / (1 + ((k * k) / ((double)c.Ng * c.Ng))));

    /// <summary>Idn = Σ_k p_{x−y}(k) / (1 + k/Ng).</summary>
    private static double Idn(GlcmCoefficients c) => SumK(c.DifferenceDistribution, 0, (k, p) => p / (1 + (k / c.Ng)));

    /// <summary>Imc1 = (HXY − HXY1) / max(HX, HY); 0 when max(HX, HY) = 0.</summary>
    private static double Imc1(GlcmCoefficients c)
    {
        double div = Math.Max(c.Hx, c.Hy);
        return div != 0 ? (c.Hxy - c.Hxy1) / div : 0;
    }

    /// <summary>Imc2 = √(1 − e^(−2(HXY2 − HXY))); 0 when HXY2 = HXY; NaN (skipped by nanmean) if rounding makes it imaginary.</summary>
    private static double Imc2(GlcmCoefficients c) =>
        c.Hxy2 == c.Hxy ? 0 : Math.Pow(1 - Math.Pow(Math.E, -2 * (c.Hxy2 - c.Hxy)), 0.5);

    /// <summary>InverseVariance = Σ_{k≥1} p_{x−y}(k) / k².</summary>
    private static double InverseVariance(GlcmCoefficients c) => SumK(c.DifferenceDistribution, 1, (k, p) => p / (k * k));

    /// <summary>JointAverage = μx = Σ_i Σ_j p(i,j)·i.</summary>
    private static double JointAverage(GlcmCoefficients c) => c.MeanX;

    /// <summary>JointEnergy (angular second moment) = Σ_i Σ_j p(i,j)².</summary>
    private static double JointEnergy(GlcmCoefficients c)
    {
        double s = 0;
        foreach (double v in c.P)
        {
            s += v * v;
        }

        return s;
    }

    /// <summary>JointEntropy = HXY = −Σ_i Σ_j p(i,j)·log2(p(i,j) + ε).</summary>
    private static double JointEntropy(GlcmCoefficients c) => c.Hxy;

    /// <summary>
    /// MCC = √(second largest eigenvalue of Q), Q(i,j) = Σ_k p(i,k)·p(j,k) / (p_x(i)·p_y(k) + ε).
    /// PyRadiomics takes NumPy's general eigvals of Q. Q = D⁻¹·(D·Q) with D = diag(√p_x) is similar to
    /// S = D·Q·D⁻¹, which is symmetric up to the ε terms; the eigenvalues of S's symmetric part differ from Q's by
    /// O(ε²), so a symmetric solver (Householder + implicit QL, <see cref="SymmetricEigenvalues"/>) is used.
    /// </summary>
    private static double Mcc(GlcmCoefficients c)
    {
        int n = c.N;
        if (n < 2)
        {
            return 1.0;
        }

        var p = c.P;
        var s = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                double qij = 0, qji = 0;
                for (int k = 0; k < n; k++)
                {
                    double prod = p[(i * n) + k] * p[(j * n) + k];
                    qij += prod / ((c.Px[i] * c.Py[k]) + Eps);
                    qji += prod / ((c.Px[j] * c.Py[k]) + Eps);
                }

                double sym = 0;
                if (c.Px[i] > 0 && c.Px[j] > 0)
                {
                    double ratio = Math.Sqrt(c.Px[i] / c.Px[j]);
                    sym = 0.5 * ((ratio * qij) + (qji / ratio));
                }

                s[(i * n) + j] = sym;
                s[(j * n) + i] = sym;
            }
        }

        var eig = SymmetricEigenvalues.Compute(s, n);
        double second = eig[n - 2];
        return second < 0 ? double.NaN : Math.Sqrt(second);
    }

    /// <summary>MaximumProbability (joint maximum) = max p(i,j).</summary>
    private static double MaximumProbability(GlcmCoefficients c) => c.P.Length == 0 ? double.NaN : c.P.Max();

    /// <summary>SumAverage = Σ_{k=2}^{2Ng} k·p_{x+y}(k) (= 2·JointAverage when symmetrical).</summary>
    private static double SumAverage(GlcmCoefficients c) => SumK(c.SumDistribution, 2, (k, p) => k * p);

    /// <summary>SumEntropy = −Σ_{k=2}^{2Ng} p_{x+y}(k)·log2(p_{x+y}(k) + ε).</summary>
    private static double SumEntropy(GlcmCoefficients c) => -SumK(c.SumDistribution, 2, (_, p) => p * Math.Log2(p + Eps));

    /// <summary>SumSquares (joint variance) = Σ_i Σ_j p(i,j)·(i − μx)².</summary>
    private static double SumSquares(GlcmCoefficients c) => c.Sum((i, _) => Square(i - c.MeanX));

    private static double Square(double v) => v * v;

    private static double SumK(double[] distribution, int first, Func<double, double, double> term)
    {
        double s = 0;
        for (int k = first; k < distribution.Length; k++)
        {
            s += term(k, distribution[k]);
        }

        return s;
    }

    private static double NanMean(GlcmCoefficients[] angles, Func<GlcmCoefficients, double> value)
    {
        double sum = 0;
        int count = 0;
        foreach (var a in angles)
        {
            double v = value(a);
            if (!double.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }

    private static double PlainMean(GlcmCoefficients[] angles, Func<GlcmCoefficients, double> value)
    {
        if (angles.Length == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        foreach (var a in angles)
        {
            sum += value(a);
        }

        return sum / angles.Length;
    }
}
