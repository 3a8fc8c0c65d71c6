namespace HccMesh.Imaging.Resampling;

/// <summary>
/// Evaluates a cubic B-spline from precomputed coefficients as ITK's BSplineInterpolateImageFunction
/// (itkBSplineInterpolateImageFunction.hxx) does: support start ⌊(float)x⌋ − 1 (the index is rounded to
/// single precision first), weights from w = x − ⌊(float)x⌋, mirror boundary indices (−k below 0,
/// 2(N−1) − k above N − 1, all 0 on a one-sample axis), and the 64 terms summed x-fastest with the
/// weight product (wx·wy)·wz.
/// </summary>
public sealed class BSplineInterpolation : IInterpolation
{
    private readonly double[] coefficients;
    private readonly int sx;
    private readonly int sy;
    private readonly int sz;

    public BSplineInterpolation(Volume image)
    {
        coefficients = BSplineDecomposition.Coefficients(image);
        sx = image.SizeX;
        sy = image.SizeY;
        sz = image.SizeZ;
    }

    public double Evaluate(double x, double y, double z)
    {
        var ax = new Support(x, sx, 1);
        var ay = new Support(y, sy, sx);
        var az = new Support(z, sz, sx * sy);
        double sum = 0.0;
        sum = Plane(sum, az.O0, az.W0, ax, ay);
        sum = Plane(sum, az.O1, az.W1, ax, ay);
        sum = Plane(sum, az.O2, az.W2, ax, ay);
        sum = Plane(sum, az.O3, az.W3, ax, ay);
        return sum;
    }

    private double Plane(double sum, int plane, double wz, in Support ax, in Support ay)
    {
        sum = Row(sum, plane + ay.O0, ay.W0, wz, ax);
        sum = Row(sum, plane + ay.O1, ay.W1, wz, ax);
        sum = Row(sum, plane + ay.O2, ay.W2, wz, ax);
        sum = Row(sum, plane + ay.O3, ay.W3, wz, ax);
        return sum;
    }

    private double Row(double sum, int row, double wy, double wz, in Support ax)
    {
        var c = coefficients;
        sum += ((ax.W0 * wy) * wz) * c[row + ax.O0];
        sum += ((ax.W1 * wy) * wz) * c[row + ax.O1];
        sum += ((ax.W2 * wy) * wz) * c[row + ax.O2];
        sum += ((ax.W3 * wy) * wz) * c[row + ax.O3];
        return sum;
    }

    /// <summary>The four weights and mirrored coefficient offsets (index × stride) along one axis.</summary>
    private readonly struct Support
    {
        public readonly double W0, W1, W2, W3;
        public readonly int O0, O1, O2, O3;

        public Support(double x, int length, int stride)
        {
            long first = (long)MathF.Floor((float)x) - 1;
            double w = x - (double)(first + 1);
            W3 = (1.0 / 6.0) * w * w * w;
            W0 = (1.0 / 6.0) + (0.5 * w * (w - 1.0)) - W3;
            W2 = w + W0 - (2.0 * W3);
            W1 = 1.0 - W0 - W2 - W3;
            if (length == 1)
            {
                O0 = O1 = O2 = O3 = 0;
                return;
            }

            O0 = Mirror(first, length) * stride;
            O1 = Mirror(first + 1, length) * stride;
            O2 = Mirror(first + 2, length) * stride;
            O3 = Mirror(first + 3, length) * stride;
        }

        private static int Mirror(long i, int length)
        {
            long end = length - 1;
            if (i < 0)
            {
                i = -i;
            }

            if (i >= end)
            {
                i = end - (i - end);
            }

            // ITK would read outside the buffer on axes shorter than 3 samples; stay inside instead
            return (int)Math.Clamp(i, 0, end);
        }
    }
}
