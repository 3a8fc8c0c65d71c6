using HccMesh.Radiomics.Numerics;

namespace HccMesh.Radiomics.Texture;

/// <summary>
/// The derived quantities of one normalised GLCM angle matrix (radiomics/glcm.py, _calculateCoefficients):
/// marginals p_x(i) = Σ_j p(i,j) and p_y(j) = Σ_i p(i,j); means μx = Σ i·p, μy = Σ j·p; p_{x+y}(k), k = 2…2Ng;
/// p_{x−y}(k), k = 0…Ng−1; entropies HX, HY, HXY = −Σ p·log2(p+ε), HXY1 = −Σ p·log2(p_x·p_y+ε),
/// HXY2 = −Σ p_x·p_y·log2(p_x·p_y+ε). i and j are the actual gray levels of the present rows and columns.
/// </summary>
public sealed class GlcmCoefficients
{
    public GlcmCoefficients(double[] p, int[] levels, int maxGrayLevel)
    {
        const double eps = NumPyCompat.Epsilon;
        P = p;
        Levels = levels;
        Ng = maxGrayLevel;
        int n = levels.Length;
        N = n;
        Px = new double[n];
        Py = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double v = p[(i * n) + j];
                Px[i] += v;
                Py[j] += v;
                MeanX += levels[i] * v;
                MeanY += levels[j] * v;
            }
        }

        SumDistribution = new double[(2 * Ng) + 1];
        DifferenceDistribution = new double[Ng];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double v = p[(i * n) + j];
                SumDistribution[levels[i] + levels[j]] += v;
                DifferenceDistribution[Math.Abs(levels[i] - levels[j])] += v;
                Hxy -= v * Math.Log2(v + eps);
                double pxy = Px[i] * Py[j];
                Hxy1 -= v * Math.Log2(pxy + eps);
                Hxy2 -= pxy * Math.Log2(pxy + eps);
            }

            Hx -= Px[i] * Math.Log2(Px[i] + eps);
            Hy -= Py[i] * Math.Log2(Py[i] + eps);
        }
    }

    /// <summary>Normalised matrix, row-major N×N.</summary>
    public double[] P { get; }

    /// <summary>Gray level of each row/column.</summary>
    public int[] Levels { get; }

    /// <summary>Number of present gray levels (rows).</summary>
    public int N { get; }

    /// <summary>Ng = the largest gray level in the ROI.</summary>
    public int Ng { get; }

    public double[] Px { get; }

    public double[] Py { get; }

    public double MeanX { get; }

    public double MeanY { get; }

    /// <summary>p_{x+y}(k), indexed by k = i + j (entries 2…2Ng used).</summary>
    public double[] SumDistribution { get; }

    /// <summary>p_{x−y}(k), indexed by k = |i − j| (0…Ng−1).</summary>
    public double[] DifferenceDistribution { get; }

    public double Hx { get; }

    public double Hy { get; }

    public double Hxy { get; }

    public double Hxy1 { get; }

    public double Hxy2 { get; }

    /// <summary>Σ_i Σ_j p(i,j)·f(i, j) over the present gray levels.</summary>
    public double Sum(Func<double, double, double> f)
    {
        double s = 0;
        for (int i = 0; i < N; i++)
        {
            double gi = Levels[i];
            for (int j = 0; j < N; j++)
            {
                s += P[(i * N) + j] * f(gi, Levels[j]);
            }
        }

        return s;
    }
}
