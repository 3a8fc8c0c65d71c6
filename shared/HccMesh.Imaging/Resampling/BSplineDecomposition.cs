namespace HccMesh.Imaging.Resampling;

/// <summary>
/// Cubic B-spline coefficients of a whole image (Unser 1999, mirror boundaries), reproducing ITK's
/// BSplineDecompositionImageFilter (Modules/Core/ImageFunction/include/itkBSplineDecompositionImageFilter.hxx)
/// operation for operation: axes x, y, z in turn; per line the gain 6, a causal pass started from the
/// truncated sum Σ z^n c[n] (n below the horizon ⌈ln 1e-10 / ln|z|⌉ = 18) or, for lines of ≤ 18 samples,
/// the full mirror sum; then the anti-causal pass. Lines of one sample are left as they are.
/// The y and z passes run on whole rows / planes at once, which keeps every line's arithmetic order.
/// </summary>
public static class BSplineDecomposition
{
    private const double Tolerance = 1e-10;

    /// <summary>The cubic pole z = √3 − 2.</summary>
    public static readonly double Pole = Math.Sqrt(3.0) - 2.0;

    private static readonly long Horizon = (long)Math.Ceiling(Math.Log(Tolerance) / Math.Log(Math.Abs(Pole)));

    public static double[] Coefficients(Volume image)
    {
        var c = (double[])image.Voxels.Clone();
        int sx = image.SizeX, sy = image.SizeY, sz = image.SizeZ;
        int plane = sx * sy;
        Parallel.For(0, sz, z =>
        {
            for (int y = 0; y < sy; y++)
            {
                FilterLine(c, (z * plane) + (y * sx), sx);
            }

            Filter(c, z * plane, sy, sx, sx);
        });

        // z lines: split the plane into column blocks so both cores work; each line keeps its own arithmetic
        int blocks = Math.Max(1, Math.Min(Environment.ProcessorCount * 4, plane / 1024));
        Parallel.For(0, blocks, b =>
        {
            int from = (int)((long)plane * b / blocks), to = (int)((long)plane * (b + 1) / blocks);
            Filter(c, from, sz, plane, to - from);
        });
        return c;
    }

    /// <summary>
    /// Filters <paramref name="width"/> parallel lines of <paramref name="length"/> samples, where sample n of
    /// line w is d[offset + n·stride + w].
    /// </summary>
    private static void Filter(double[] d, int offset, int length, int stride, int width)
    {
        if (length == 1)
        {
            return; // ITK: "Required by mirror boundaries"
        }

        double z = Pole;
        double gain = 1.0;
        gain = gain * (1.0 - z) * (1.0 - (1.0 / z));
        for (int n = 0; n < length; n++)
        {
            int o = offset + (n * stride);
            for (int w = 0; w < width; w++)
            {
                d[o + w] *= gain;
            }
        }

        InitialCausal(d, offset, length, stride, width, z);
        for (int n = 1; n < length; n++)
        {
            int o = offset + (n * stride), p = o - stride;
            for (int w = 0; w < width; w++)
            {
                d[o + w] += z * d[p + w];
            }
        }

        int last = offset + ((length - 1) * stride), beforeLast = last - stride;
        double factor = z / ((z * z) - 1.0);
        for (int w = 0; w < width; w++)
        {
            d[last + w] = factor * ((z * d[beforeLast + w]) + d[last + w]);
        }

        for (int n = length - 2; n >= 0; n--)
        {
            int o = offset + (n * stride), q = o + stride;
            for (int w = 0; w < width; w++)
            {
                d[o + w] = z * (d[q + w] - d[o + w]);
            }
        }
    }

    /// <summary>The same arithmetic as <see cref="Filter"/> for one contiguous line (the x axis).</summary>
    private static void FilterLine(double[] d, int offset, int length)
    {
        if (length == 1)
        {
            return;
        }

        double z = Pole;
        double gain = 1.0;
        gain = gain * (1.0 - z) * (1.0 - (1.0 / z));
        var line = d.AsSpan(offset, length);
        for (int n = 0; n < line.Length; n++)
        {
            line[n] *= gain;
        }

        if (Horizon < length)
        {
            double zn = z, sum = line[0];
            for (int n = 1; n < Horizon; n++)
            {
                sum += zn * line[n];
                zn *= z;
            }

            line[0] = sum;
        }
        else
        {
            InitialCausal(d, offset, length, 1, 1, z);
        }

        for (int n = 1; n < line.Length; n++)
        {
            line[n] += z * line[n - 1];
        }

        line[^1] = z / ((z * z) - 1.0) * ((z * line[^2]) + line[^1]);
        for (int n = line.Length - 2; n >= 0; n--)
        {
            line[n] = z * (line[n + 1] - line[n]);
        }
    }

    private static void InitialCausal(double[] d, int offset, int length, int stride, int width, double z)
    {
        if (Horizon < length)
        {
            double zn = z;
            for (int n = 1; n < Horizon; n++)
            {
                int o = offset + (n * stride);
                for (int w = 0; w < width; w++)
                {
                    d[offset + w] += zn * d[o + w];
                }

                zn *= z;
            }

            return;
        }

        // full mirror-boundary sum
        double iz = 1.0 / z;
        double z2nStart = Math.Pow(z, length - 1);
        int last = offset + ((length - 1) * stride);
        var sums = new double[width];
        for (int w = 0; w < width; w++)
        {
            sums[w] = d[offset + w] + (z2nStart * d[last + w]);
        }

        double zk = z;
        double z2n = z2nStart * (z2nStart * iz);
        for (int n = 1; n <= length - 2; n++)
        {
            int o = offset + (n * stride);
            double weight = zk + z2n;
            for (int w = 0; w < width; w++)
            {
                sums[w] += weight * d[o + w];
            }

            zk *= z;
            z2n *= iz;
        }

        double denominator = 1.0 - (zk * zk);
        for (int w = 0; w < width; w++)
        {
            d[offset + w] = sums[w] / denominator;
        }
    }
}
