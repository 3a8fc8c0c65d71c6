using HccMesh.Radiomics.Numerics;
using HccMesh.Radiomics.Texture;

namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// The 24 active GLCM features (radiomics/glcm.py). p is the normalised matrix of one angle, i and j the actual
/// gray levels of the present rows/columns, Ng the maximum gray level, px/py the marginals, μx = Σ i·p,
/// μy = Σ j·p, p_{x+y}(k) for k = 2…2Ng, p_{x−y}(k) for k = 0…Ng−1, ε = 2.2e-16. Each feature is computed per
/// angle and averaged over the angles with NaN-ignoring mean (JointAverage: plain mean).
/// </summary>
public sealed class GlcmFeatures : IFeatureClass
{
    private static readonly string[] Names =
    [
        "Autocorrelation", "ClusterProminence", "ClusterShade", "ClusterTendency", "Contrast", "Correlation",
        "DifferenceAverage", "DifferenceEntropy", "DifferenceVariance", "Id", "Idm", "Idmn", "Idn", "Imc1", "Imc2",
        "InverseVariance", "JointAverage", "JointEnergy", "JointEntropy", "MCC", "MaximumProbability", "SumAverage",
        "SumEntropy", "SumSquares",
    ];

    public string Name => "glcm";

    public IReadOnlyList<string> FeatureNames => Names;

    /// <summary>Deprecated upstream features: accepted in a parameter file but, like PyRadiomics, they yield no value.</summary>
    public static IReadOnlyList<string> DeprecatedNames { get; } = ["Dissimilarity", "Homogeneity1", "Homogeneity2", "SumVariance"];

    public IReadOnlyDictionary<string, double> Compute(FeatureClassInput input, IReadOnlyCollection<string> enabledFeatures)
    {
        var glcm = GrayLevelCooccurrenceMatrix.Build(input);
        int na = glcm.Matrices.Length;
        var perAngle = new Dictionary<string, double[]>();
        foreach (var name in Names)
        {
            perAngle[name] = new double[na];
        }

        bool wantMcc = enabledFeatures.Contains("MCC");
        for (int a = 0; a < na; a++)
        {
            var values = AngleFeatures(glcm.Matrices[a], glcm.GrayLevels, glcm.MaxGrayLevel, wantMcc);
            foreach (var (name, v) in values)
            {
                perAngle[name][a] = v;
            }
        }

        var result = new Dictionary<string, double>();
        foreach (var name in enabledFeatures)
        {
            if (!perAngle.TryGetValue(name, out var vals))
            {
                continue; // deprecated names produce no value, as in PyRadiomics
            }

            result[name] = name switch
            {
                "JointAverage" => PlainMean(vals),
                "MCC" when glcm.Size < 2 => 1.0, // flat region
                _ => NanMean(vals),
            };
        }

        return result;
    }

    /// <summary>All features of one normalised angle matrix.</summary>
    private static List<(string Name, double Value)> AngleFeatures(double[] p, int[] levels, int ng, bool wantMcc)
    {
        const double eps = NumPyCompat.Epsilon;
        int n = levels.Length;
        var px = new double[n];
        var py = new double[n];
        double ux = 0, uy = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double v = p[(i * n) + j];
                px[i] += v;
                py[j] += v;
                ux += levels[i] * v;
                uy += levels[j] * v;
            }
        }

        var pSum = new double[(2 * ng) + 1]; // index k = i + j (2..2Ng used)
        var pDiff = new double[ng];           // index k = |i − j| (0..Ng−1)
        double autocorr = 0, prom = 0, shade = 0, tend = 0, contrast = 0, energy = 0, hxy = 0, maxProb = 0;
        double sigx2 = 0, sigy2 = 0, corm = 0, hxy1 = 0, hxy2 = 0, sumSquares = 0;
        for (int i = 0; i < n; i++)
        {
            double gi = levels[i];
            for (int j = 0; j < n; j++)
            {
                double gj = levels[j];
                double v = p[(i * n) + j];
                pSum[levels[i] + levels[j]] += v;
                pDiff[Math.Abs(levels[i] - levels[j])] += v;
                autocorr += v * (gi * gj);
                double c = gi + gj - ux - uy;
                double c2 = c * c;
                tend += v * c2;
                shade += v * (c2 * c);
                prom += v * (c2 * c2);
                double d = Math.Abs(gi - gj);
                contrast += v * (d * d);
                energy += v * v;
                hxy += v * Math.Log2(v + eps);
                if (v > maxProb)
                {
                    maxProb = v;
                }

                double dxi = gi - ux, dyj = gj - uy;
                sigx2 += v * (dxi * dxi);
                sigy2 += v * (dyj * dyj);
                corm += v * dxi * dyj;
                double pxy = px[i] * py[j];
                hxy1 += v * Math.Log2(pxy + eps);
                hxy2 += pxy * Math.Log2(pxy + eps);
            }
        }

        sumSquares = sigx2;
        hxy = -hxy;
        hxy1 = -hxy1;
        hxy2 = -hxy2;
        double hx = 0, hy = 0;
        for (int i = 0; i < n; i++)
        {
            hx += px[i] * Math.Log2(px[i] + eps);
            hy += py[i] * Math.Log2(py[i] + eps);
        }

        hx = -hx;
        hy = -hy;

        double sigx = Math.Pow(sigx2, 0.5), sigy = Math.Pow(sigy2, 0.5);
        double correlation = sigx * sigy == 0 ? 1.0 : corm / ((sigx * sigy) + eps);

        double diffAvg = 0, diffEnt = 0, idm = 0, idmn = 0, id = 0, idn = 0, invVar = 0;
        for (int k = 0; k < ng; k++)
        {
            double v = pDiff[k];
            diffAvg += k * v;
            diffEnt += v * Math.Log2(v + eps);
            idm += v / (1 + ((double)k * k));
            idmn += v / (1 + (((double)k * k) / ((double)ng * ng)));
            id += v / (1 + (double)k);
            idn += v / (1 + ((double)k / ng));
            if (k >= 1)
            {
                invVar += v / ((double)k * k);
            }
        }

        double diffVar = 0;
        for (int k = 0; k < ng; k++)
        {
            double dk = k - diffAvg;
            diffVar += pDiff[k] * (dk * dk);
        }

        double sumAvg = 0, sumEnt = 0;
        for (int k = 2; k <= 2 * ng; k++)
        {
            double v = pSum[k];
            sumAvg += k * v;
            sumEnt += v * Math.Log2(v + eps);
        }

        double div = Math.Max(hx, hy);
        double imc1 = div != 0 ? (hxy - hxy1) / div : 0;
        double imc2 = hxy2 == hxy ? 0 : Math.Pow(1 - Math.Pow(Math.E, -2 * (hxy2 - hxy)), 0.5);

        return
        [
            ("Autocorrelation", autocorr), ("ClusterProminence", prom), ("ClusterShade", shade),
            ("ClusterTendency", tend), ("Contrast", contrast), ("Correlation", correlation),
            ("DifferenceAverage", diffAvg), ("DifferenceEntropy", -diffEnt), ("DifferenceVariance", diffVar),
            ("Id", id), ("Idm", idm), ("Idmn", idmn), ("Idn", idn), ("Imc1", imc1), ("Imc2", imc2),
            ("InverseVariance", invVar), ("JointAverage", ux), ("JointEnergy", energy), ("JointEntropy", hxy),
            ("MCC", wantMcc ? Mcc(p, px, py, n) : double.NaN), ("MaximumProbability", maxProb),
            ("SumAverage", sumAvg), ("SumEntropy", -sumEnt), ("SumSquares", sumSquares),
        ];
    }

    /// <summary>
    /// Maximal correlation coefficient: √(second largest eigenvalue of Q), Q(i,j) = Σ_k p(i,k)·p(j,k) / (px(i)·py(k) + ε).
    /// PyRadiomics uses NumPy's general eigvals; Q is similar (D = diag(√px)) to the nearly symmetric D·Q·D⁻¹,
    /// exactly symmetric but for the ε terms, so the eigenvalues of its symmetric part agree to O(ε²).
    /// </summary>
    private static double Mcc(double[] p, double[] px, double[] py, int n)
    {
        if (n < 2)
        {
            return 1.0;
        }

        var q = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                double qij = 0, qji = 0;
                for (int k = 0; k < n; k++)
                {
                    double prod = p[(i * n) + k] * p[(j * n) + k];
                    qij += prod / ((px[i] * py[k]) + NumPyCompat.Epsilon);
                    qji += prod / ((px[j] * py[k]) + NumPyCompat.Epsilon);
                }

                double sij = 0, sji = 0;
                if (px[i] > 0 && px[j] > 0)
                {
                    double ratio = Math.Sqrt(px[i] / px[j]);
                    sij = ratio * qij;
                    sji = qji / ratio;
                }

                double sym = 0.5 * (sij + sji);
                q[(i * n) + j] = sym;
                q[(j * n) + i] = sym;
            }
        }

        var eig = SymmetricEigenvalues.Compute(q, n);
        double second = eig[n - 2];
        return second < 0 ? double.NaN : Math.Sqrt(second);
    }

    private static double NanMean(double[] values)
    {
        double sum = 0;
        int count = 0;
        foreach (double v in values)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }

    private static double PlainMean(double[] values)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }
}
