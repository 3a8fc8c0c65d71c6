namespace HccMesh.Imaging.Resampling;

/// <summary>
/// PyRadiomics normalizeImage (imageoperations.py): SimpleITK Normalize, i.e. ITK NormalizeImageFilter
/// (StatisticsImageFilter with compensated sums; σ with N − 1) followed by ShiftScale x' = (x + (−μ))·(1/σ);
/// then optional clipping to ±removeOutliers; then multiplication by <c>scale</c>. The result is Float64.
/// </summary>
public static class Normalization
{
    public static Volume Normalize(Volume image, double scale = 1, double? removeOutliers = null)
    {
        var v = image.Voxels;
        if (v.Length < 2)
        {
            throw new ArgumentException("Normalization needs at least two voxels.", nameof(image));
        }

        var (mean, sigma) = MeanAndSigma(v);
        if (!(sigma > 0) || !double.IsFinite(sigma))
        {
            throw new ArgumentException($"Cannot normalize an image whose standard deviation is {sigma} (constant image).", nameof(image));
        }

        double shift = -mean, factor = 1.0 / sigma;
        var output = new double[v.Length];
        for (int i = 0; i < v.Length; i++)
        {
            double x = (v[i] + shift) * factor;
            if (removeOutliers is double limit)
            {
                if (x > limit)
                {
                    x = limit;
                }

                if (x < -limit)
                {
                    x = -limit;
                }
            }

            output[i] = x * scale;
        }

        return new Volume(image.Geometry, PixelType.Float64, output);
    }

    /// <summary>ITK StatisticsImageFilter: Kahan sums of x and x²; variance = (Σx² − (Σx)²/N)/(N − 1).</summary>
    public static (double Mean, double Sigma) MeanAndSigma(double[] values)
    {
        var sum = default(CompensatedSum);
        var squares = default(CompensatedSum);
        foreach (double x in values)
        {
            sum.Add(x);
            squares.Add(x * x);
        }

        double n = values.Length;
        double s = sum.Value, s2 = squares.Value;
        double mean = s / n;
        double variance = (s2 - (s * s / n)) / (n - 1);
        return (mean, Math.Sqrt(variance));
    }

    /// <summary>Kahan-Babuška compensated summation as itk::CompensatedSummation.</summary>
    private struct CompensatedSum
    {
        private double sum;
        private double compensation;

        public readonly double Value => sum;

        public void Add(double element)
        {
            double compensated = element - compensation;
            double next = sum + compensated;
            compensation = next - sum - compensated;
            sum = next;
        }
    }
}
