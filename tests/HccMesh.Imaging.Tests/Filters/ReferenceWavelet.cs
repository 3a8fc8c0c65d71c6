using System.Numerics;

namespace HccMesh.Imaging.Tests.Filters;

/// <summary>
/// Plain line-by-line transcription of spec §7.2 for one band: NumPy 'wrap' padding of odd axes,
/// out[o] = Σ_m h[m]·in[(o + F/2 − m) mod N] along x, then y, then z, crop. With
/// <paramref name="pywtOrder"/> the terms of the last F/2 outputs are added in PyWavelets'
/// order (m = o + F/2 − N … 0 first), otherwise strictly ascending.
/// </summary>
internal static class ReferenceWavelet
{
    public static double[] Band<T>(Volume image, string band, T[] low, T[] high, bool pywtOrder)
        where T : INumber<T>
    {
        int[] n = image.Geometry.Size;
        int[] p = [n[0] + (n[0] % 2), n[1] + (n[1] % 2), n[2] + (n[2] % 2)];
        var data = new T[p[0] * p[1] * p[2]];
        for (int z = 0; z < p[2]; z++)
        {
            for (int y = 0; y < p[1]; y++)
            {
                for (int x = 0; x < p[0]; x++)
                {
                    data[x + (p[0] * (y + (p[1] * z)))] = T.CreateChecked(image[x % n[0], y % n[1], z % n[2]]);
                }
            }
        }

        for (int axis = 0; axis < 3; axis++)
        {
            data = Convolve(data, p, axis, band[axis] == 'H' ? high : low, pywtOrder);
        }

        var result = new double[image.Voxels.Length];
        for (int z = 0; z < n[2]; z++)
        {
            for (int y = 0; y < n[1]; y++)
            {
                for (int x = 0; x < n[0]; x++)
                {
                    result[x + (n[0] * (y + (n[1] * z)))] = double.CreateChecked(data[x + (p[0] * (y + (p[1] * z)))]);
                }
            }
        }

        return result;
    }

    private static T[] Convolve<T>(T[] data, int[] p, int axis, T[] h, bool pywtOrder)
        where T : INumber<T>
    {
        int len = p[axis], f = h.Length;
        int stride = axis == 0 ? 1 : axis == 1 ? p[0] : p[0] * p[1];
        var output = new T[data.Length];
        for (int start = 0; start < data.Length; start++)
        {
            int[] index = [start % p[0], (start / p[0]) % p[1], start / (p[0] * p[1])];
            if (index[axis] != 0)
            {
                continue;
            }

            for (int o = 0; o < len; o++)
            {
                int i = o + (f / 2);
                var terms = Enumerable.Range(0, f).ToList();
                if (pywtOrder && i >= len)
                {
                    terms = [.. Enumerable.Range(0, i - len + 1).Reverse(), .. Enumerable.Range(i - len + 1, f - (i - len + 1))];
                }

                T sum = T.Zero;
                foreach (int m in terms)
                {
                    int source = ((i - m) % len + len) % len;
                    sum += h[m] * data[start + (source * stride)];
                }

                output[start + (o * stride)] = sum;
            }
        }

        return output;
    }
}
