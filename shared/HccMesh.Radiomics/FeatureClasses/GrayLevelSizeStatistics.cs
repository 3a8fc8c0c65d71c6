namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// The sums shared by GLRLM, GLSZM and GLDM features, all computed on a count matrix P(i, j) whose
/// rows are gray levels i and whose columns are a "size" j (run length, zone size or dependence).
/// With N = Σ P, p_g(i) = Σ_j P(i, j), p_s(j) = Σ_i P(i, j) and p = P / N (PyRadiomics glrlm.py,
/// glszm.py, gldm.py, _calculateCoefficients and the get*FeatureValue methods). Each value keeps
/// NumPy's order of operations.
/// </summary>
internal sealed class GrayLevelSizeStatistics
{
    private const double Epsilon = 2.220446049250313e-16; // np.spacing(1)

    /// <param name="counts">P, row-major: counts[row * sizes.Length + column].</param>
    /// <param name="grayLevels">Gray level of each row.</param>
    /// <param name="sizes">Size value j of each column.</param>
    /// <param name="valueForZeroTotal">Replaces N (and Σ j·p_s) when they are 0: NaN in GLRLM, 1 in GLSZM and GLDM.</param>
    public GrayLevelSizeStatistics(ReadOnlySpan<double> counts, int[] grayLevels, double[] sizes, double valueForZeroTotal)
    {
        int ng = grayLevels.Length, ns = sizes.Length;
        var pg = new double[ng];
        var ps = new double[ns];
        double total = 0;
        for (int r = 0; r < ng; r++)
        {
            for (int c = 0; c < ns; c++)
            {
                double p = counts[(r * ns) + c];
                pg[r] += p;
                ps[c] += p;
                total += p;
            }
        }

        double sizeWeighted = 0;
        for (int c = 0; c < ns; c++)
        {
            sizeWeighted += ps[c] * sizes[c];
        }

        double n = total == 0 ? valueForZeroTotal : total;
        Total = n;
        SizeWeightedTotal = sizeWeighted == 0 ? valueForZeroTotal : sizeWeighted;

        double smallSize = 0, largeSize = 0, sizeNonUniformity = 0;
        double sizeMean = 0;
        for (int c = 0; c < ns; c++)
        {
            double j2 = sizes[c] * sizes[c];
            smallSize += ps[c] / j2;
            largeSize += ps[c] * j2;
            sizeNonUniformity += ps[c] * ps[c];
            sizeMean += ps[c] / n * sizes[c];
        }

        double sizeVariance = 0;
        for (int c = 0; c < ns; c++)
        {
            double d = sizes[c] - sizeMean;
            sizeVariance += ps[c] / n * (d * d);
        }

        double lowGray = 0, highGray = 0, grayNonUniformity = 0, grayMean = 0;
        for (int r = 0; r < ng; r++)
        {
            double i2 = (double)grayLevels[r] * grayLevels[r];
            lowGray += pg[r] / i2;
            highGray += pg[r] * i2;
            grayNonUniformity += pg[r] * pg[r];
            grayMean += pg[r] / n * grayLevels[r];
        }

        double grayVariance = 0;
        for (int r = 0; r < ng; r++)
        {
            double d = grayLevels[r] - grayMean;
            grayVariance += pg[r] / n * (d * d);
        }

        double smallLow = 0, smallHigh = 0, largeLow = 0, largeHigh = 0, entropy = 0;
        for (int r = 0; r < ng; r++)
        {
            double i2 = (double)grayLevels[r] * grayLevels[r];
            for (int c = 0; c < ns; c++)
            {
                double p = counts[(r * ns) + c];
                double j2 = sizes[c] * sizes[c];
                smallLow += p / (i2 * j2);
                smallHigh += p * i2 / j2;
                largeLow += p * j2 / i2;
                largeHigh += p * (j2 * i2);
                double pn = p / n;
                entropy += pn * Math.Log2(pn + Epsilon);
            }
        }

        SmallSizeEmphasis = smallSize / n;
        LargeSizeEmphasis = largeSize / n;
        GrayLevelNonUniformity = grayNonUniformity / n;
        GrayLevelNonUniformityNormalized = grayNonUniformity / (n * n);
        SizeNonUniformity = sizeNonUniformity / n;
        SizeNonUniformityNormalized = sizeNonUniformity / (n * n);
        Percentage = n / SizeWeightedTotal;
        GrayLevelVariance = grayVariance;
        SizeVariance = sizeVariance;
        Entropy = -entropy;
        LowGrayLevelEmphasis = lowGray / n;
        HighGrayLevelEmphasis = highGray / n;
        SmallSizeLowGrayLevelEmphasis = smallLow / n;
        SmallSizeHighGrayLevelEmphasis = smallHigh / n;
        LargeSizeLowGrayLevelEmphasis = largeLow / n;
        LargeSizeHighGrayLevelEmphasis = largeHigh / n;
    }

    /// <summary>N = Σ P (after the zero replacement).</summary>
    public double Total { get; }

    /// <summary>Σ_j j·p_s(j): voxels covered (after the zero replacement).</summary>
    public double SizeWeightedTotal { get; }

    /// <summary>Σ_j p_s(j) / j² / N.</summary>
    public double SmallSizeEmphasis { get; }

    /// <summary>Σ_j p_s(j)·j² / N.</summary>
    public double LargeSizeEmphasis { get; }

    /// <summary>Σ_i p_g(i)² / N.</summary>
    public double GrayLevelNonUniformity { get; }

    /// <summary>Σ_i p_g(i)² / N².</summary>
    public double GrayLevelNonUniformityNormalized { get; }

    /// <summary>Σ_j p_s(j)² / N.</summary>
    public double SizeNonUniformity { get; }

    /// <summary>Σ_j p_s(j)² / N².</summary>
    public double SizeNonUniformityNormalized { get; }

    /// <summary>N / Σ_j j·p_s(j).</summary>
    public double Percentage { get; }

    /// <summary>Σ_i (p_g(i)/N)·(i − μ)², μ = Σ_i (p_g(i)/N)·i.</summary>
    public double GrayLevelVariance { get; }

    /// <summary>Σ_j (p_s(j)/N)·(j − μ)², μ = Σ_j (p_s(j)/N)·j.</summary>
    public double SizeVariance { get; }

    /// <summary>−Σ_i Σ_j p(i,j)·log2(p(i,j) + ε), ε = 2.2e-16.</summary>
    public double Entropy { get; }

    /// <summary>Σ_i p_g(i) / i² / N.</summary>
    public double LowGrayLevelEmphasis { get; }

    /// <summary>Σ_i p_g(i)·i² / N.</summary>
    public double HighGrayLevelEmphasis { get; }

    /// <summary>Σ_i Σ_j P(i,j) / (i²·j²) / N.</summary>
    public double SmallSizeLowGrayLevelEmphasis { get; }

    /// <summary>Σ_i Σ_j P(i,j)·i² / j² / N.</summary>
    public double SmallSizeHighGrayLevelEmphasis { get; }

    /// <summary>Σ_i Σ_j P(i,j)·j² / i² / N.</summary>
    public double LargeSizeLowGrayLevelEmphasis { get; }

    /// <summary>Σ_i Σ_j P(i,j)·j²·i² / N.</summary>
    public double LargeSizeHighGrayLevelEmphasis { get; }
}
