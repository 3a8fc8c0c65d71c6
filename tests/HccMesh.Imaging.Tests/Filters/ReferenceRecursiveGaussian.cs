using HccMesh.Imaging.Filters;

namespace HccMesh.Imaging.Tests.Filters;

/// <summary>
/// A deliberately plain, line-by-line transcription of spec §7.1 (one line gathered into a double
/// array, causal and anti-causal recursions, float32 after each pass, float32 accumulator), used
/// to check the blocked and vectorised production code bit for bit.
/// </summary>
internal static class ReferenceRecursiveGaussian
{
    public static float[] Laplacian(Volume image, double sigma)
    {
        int[] size = image.Geometry.Size;
        var acc = new float[image.Voxels.Length];
        for (int d = 0; d < 3; d++)
        {
            var pass = FilterAxis(image.Voxels.Select(v => v).ToArray(), size, d,
                RecursiveGaussianCoefficients.Create(RecursiveGaussianOrder.Second, sigma, image.Geometry.Spacing[d]));
            for (int a = 0; a < 3; a++)
            {
                if (a != d)
                {
                    pass = FilterAxis(pass.Select(v => (double)v).ToArray(), size, a,
                        RecursiveGaussianCoefficients.Create(RecursiveGaussianOrder.Zero, sigma, image.Geometry.Spacing[a]));
                }
            }

            double spacing2 = image.Geometry.Spacing[d] * image.Geometry.Spacing[d];
            for (int i = 0; i < acc.Length; i++)
            {
                acc[i] = (float)(acc[i] + (pass[i] * (1.0 / spacing2)));
            }
        }

        return acc;
    }

    public static float[] FilterAxis(double[] data, int[] size, int axis, RecursiveGaussianCoefficients c)
    {
        int n = size[axis];
        int stride = axis == 0 ? 1 : axis == 1 ? size[0] : size[0] * size[1];
        var output = new float[data.Length];
        var line = new double[n];
        for (int z = 0; z < size[2]; z++)
        {
            for (int y = 0; y < size[1]; y++)
            {
                for (int x = 0; x < size[0]; x++)
                {
                    int[] index = [x, y, z];
                    if (index[axis] != 0)
                    {
                        continue;
                    }

                    int start = x + (size[0] * (y + (size[1] * z)));
                    for (int i = 0; i < n; i++)
                    {
                        line[i] = data[start + (i * stride)];
                    }

                    var filtered = FilterLine(line, c);
                    for (int i = 0; i < n; i++)
                    {
                        output[start + (i * stride)] = (float)filtered[i];
                    }
                }
            }
        }

        return output;
    }

    private static double[] FilterLine(double[] x, RecursiveGaussianCoefficients c)
    {
        int n = x.Length;
        var y = new double[n];
        var z = new double[n];
        double v = x[0];
        y[0] = ((v * c.N0) + (v * c.N1) + (v * c.N2) + (v * c.N3)) - ((v * c.BN1) + (v * c.BN2) + (v * c.BN3) + (v * c.BN4));
        y[1] = ((x[1] * c.N0) + (v * c.N1) + (v * c.N2) + (v * c.N3)) - ((y[0] * c.D1) + (v * c.BN2) + (v * c.BN3) + (v * c.BN4));
        y[2] = ((x[2] * c.N0) + (x[1] * c.N1) + (v * c.N2) + (v * c.N3)) - ((y[1] * c.D1) + (y[0] * c.D2) + (v * c.BN3) + (v * c.BN4));
        y[3] = ((x[3] * c.N0) + (x[2] * c.N1) + (x[1] * c.N2) + (v * c.N3)) - ((y[2] * c.D1) + (y[1] * c.D2) + (y[0] * c.D3) + (v * c.BN4));
        for (int i = 4; i < n; i++)
        {
            y[i] = ((x[i] * c.N0) + (x[i - 1] * c.N1) + (x[i - 2] * c.N2) + (x[i - 3] * c.N3))
                 - ((y[i - 1] * c.D1) + (y[i - 2] * c.D2) + (y[i - 3] * c.D3) + (y[i - 4] * c.D4));
        }

        double u = x[n - 1];
        z[n - 1] = ((u * c.M1) + (u * c.M2) + (u * c.M3) + (u * c.M4)) - ((u * c.BM1) + (u * c.BM2) + (u * c.BM3) + (u * c.BM4));
        z[n - 2] = ((x[n - 1] * c.M1) + (u * c.M2) + (u * c.M3) + (u * c.M4)) - ((z[n - 1] * c.D1) + (u * c.BM2) + (u * c.BM3) + (u * c.BM4));
        z[n - 3] = ((x[n - 2] * c.M1) + (x[n - 1] * c.M2) + (u * c.M3) + (u * c.M4)) - ((z[n - 2] * c.D1) + (z[n - 1] * c.D2) + (u * c.BM3) + (u * c.BM4));
        z[n - 4] = ((x[n - 3] * c.M1) + (x[n - 2] * c.M2) + (x[n - 1] * c.M3) + (u * c.M4)) - ((z[n - 3] * c.D1) + (z[n - 2] * c.D2) + (z[n - 1] * c.D3) + (u * c.BM4));
        for (int i = n - 4; i > 0; i--)
        {
            z[i - 1] = ((x[i] * c.M1) + (x[i + 1] * c.M2) + (x[i + 2] * c.M3) + (x[i + 3] * c.M4))
                     - ((z[i] * c.D1) + (z[i + 1] * c.D2) + (z[i + 2] * c.D3) + (z[i + 3] * c.D4));
        }

        var result = new double[n];
        for (int i = 0; i < n; i++)
        {
            result[i] = y[i] + z[i];
        }

        return result;
    }
}
