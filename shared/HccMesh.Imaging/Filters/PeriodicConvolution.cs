using System.Numerics;

namespace HccMesh.Imaging.Filters;

/// <summary>
/// PyWavelets' level-1 stationary-wavelet step along one axis: a periodic convolution without
/// decimation, out[o] = Σ_m h[m] · in[(o + F/2 − m) mod N] (pywt/_extensions/c/convolution.template.c,
/// downsampling_convolution_periodization with step 1). Sums start at zero and add the terms in
/// PyWavelets' order, so float32 results agree to the bit: ascending m, except for the last F/2
/// outputs (o + F/2 ≥ N), where PyWavelets first adds m = o + F/2 − N down to 0, then the rest ascending.
/// </summary>
internal static class PeriodicConvolution
{
    private const int PlaneChunk = 4096;

    /// <summary>Filters <paramref name="source"/> along <paramref name="axis"/> into <paramref name="target"/> (a different array of the same length).</summary>
    public static void Apply<T>(T[] source, T[] target, int sizeX, int sizeY, int sizeZ, int axis, T[] filter)
        where T : unmanaged, INumber<T>
    {
        if (ReferenceEquals(source, target))
        {
            throw new ArgumentException("The convolution cannot run in place.", nameof(target));
        }

        int n = axis switch { 0 => sizeX, 1 => sizeY, _ => sizeZ };
        var order = SummationOrder.Create(n, filter.Length);
        switch (axis)
        {
            case 0:
                Parallel.For(0, sizeY * sizeZ, line => ConvolveLine(source, target, line * sizeX, order, filter));
                break;
            case 1:
                Parallel.For(0, sizeY * sizeZ, row =>
                {
                    int z = row / sizeY, o = row % sizeY;
                    int slice = sizeX * sizeY * z;
                    AccumulateRows(source, slice, sizeX, target, slice + (sizeX * o), 0, sizeX, order, o, filter);
                });
                break;
            default:
                {
                    int plane = sizeX * sizeY;
                    int chunks = (plane + PlaneChunk - 1) / PlaneChunk;
                    Parallel.For(0, sizeZ * chunks, task =>
                    {
                        int o = task / chunks, start = (task % chunks) * PlaneChunk;
                        AccumulateRows(source, 0, plane, target, plane * o, start, Math.Min(PlaneChunk, plane - start), order, o, filter);
                    });
                    break;
                }
        }
    }

    private static void ConvolveLine<T>(T[] source, T[] target, int line, SummationOrder order, T[] filter)
        where T : unmanaged, INumber<T>
    {
        int n = order.Length, f = filter.Length, half = f / 2;
        ReadOnlySpan<T> input = source.AsSpan(line, n);
        var output = target.AsSpan(line, n);

        // Outputs whose taps neither wrap nor fall in PyWavelets' reordered tail: plain ascending sum,
        // vectorised over consecutive outputs (each lane still adds its terms in the same order).
        int bodyStart = Math.Min(n, Math.Max(0, f - 1 - half)), bodyEnd = Math.Max(bodyStart, n - half);
        for (int o = 0; o < bodyStart; o++)
        {
            output[o] = Ordered(input, order, o, filter);
        }

        int vc = Vector<T>.Count;
        int k = bodyStart;
        for (; k + vc <= bodyEnd; k += vc)
        {
            var sum = Vector<T>.Zero;
            int i = k + half;
            for (int m = 0; m < f; m++)
            {
                sum += new Vector<T>(filter[m]) * new Vector<T>(input.Slice(i - m, vc));
            }

            sum.CopyTo(output.Slice(k, vc));
        }

        for (; k < bodyEnd; k++)
        {
            T sum = T.Zero;
            int i = k + half;
            for (int m = 0; m < f; m++)
            {
                sum += filter[m] * input[i - m];
            }

            output[k] = sum;
        }

        for (int o = bodyEnd; o < n; o++)
        {
            output[o] = Ordered(input, order, o, filter);
        }
    }

    private static T Ordered<T>(ReadOnlySpan<T> input, SummationOrder order, int o, T[] filter)
        where T : unmanaged, INumber<T>
    {
        var taps = order.Taps(o);
        var sources = order.Sources(o);
        T sum = T.Zero;
        for (int t = 0; t < taps.Length; t++)
        {
            sum += filter[taps[t]] * input[sources[t]];
        }

        return sum;
    }

    /// <summary>
    /// Output row o (length <paramref name="count"/> from <paramref name="start"/>) = Σ_t h[tap_t] · row(source_t),
    /// where row r starts at sourceBase + r·rowStride. Vectorised over the row; terms in PyWavelets' order.
    /// </summary>
    private static void AccumulateRows<T>(
        T[] source, int sourceBase, int rowStride, T[] target, int targetRow, int start, int count, SummationOrder order, int o, T[] filter)
        where T : unmanaged, INumber<T>
    {
        var taps = order.Taps(o);
        var rows = order.Sources(o);
        int vc = Vector<T>.Count;
        int k = 0;
        for (; k + vc <= count; k += vc)
        {
            var sum = Vector<T>.Zero;
            for (int t = 0; t < taps.Length; t++)
            {
                var v = new Vector<T>(source.AsSpan(sourceBase + (rows[t] * rowStride) + start + k, vc));
                sum += new Vector<T>(filter[taps[t]]) * v;
            }

            sum.CopyTo(target.AsSpan(targetRow + start + k, vc));
        }

        for (; k < count; k++)
        {
            T sum = T.Zero;
            for (int t = 0; t < taps.Length; t++)
            {
                sum += filter[taps[t]] * source[sourceBase + (rows[t] * rowStride) + start + k];
            }

            target[targetRow + start + k] = sum;
        }
    }
}
