using System.Numerics;

namespace HccMesh.Imaging.Filters;

/// <summary>
/// One 1-D recursive Gaussian pass along an image axis, computed in double and stored as float32,
/// as ITK's RecursiveSeparableImageFilter does (itkRecursiveSeparableImageFilter.hxx,
/// FilterDataArray): a causal and an anti-causal 4th-order recursion with replicated edges, each
/// bracket summed left to right, the two halves added and rounded to float.
/// </summary>
/// <remarks>
/// Lines are processed in blocks of <see cref="LanesPerBlock"/> lanes; every lane is an
/// independent line and the recursion is evaluated element-wise with vectors, so the operation
/// order per voxel is exactly the scalar one (no fused multiply-add) and the result is bitwise
/// independent of blocking and threading.
/// </remarks>
internal static class RecursiveGaussianPass
{
    private const int LanesPerBlock = 16;

    /// <summary>Filters <paramref name="source"/> along <paramref name="axis"/> into <paramref name="target"/> (may be the same array).</summary>
    public static void Apply<TSource>(TSource[] source, float[] target, int sizeX, int sizeY, int sizeZ, int axis, RecursiveGaussianCoefficients c)
        where TSource : unmanaged, INumberBase<TSource>
    {
        int n = axis switch { 0 => sizeX, 1 => sizeY, _ => sizeZ };
        if (n < 4)
        {
            throw new ArgumentException($"The recursive Gaussian needs at least 4 voxels along axis {axis}, got {n}.");
        }

        var layout = new LineLayout(sizeX, sizeY, sizeZ, axis);
        int blocks = layout.BlockCount(LanesPerBlock);
        Parallel.For(
            0,
            blocks,
            () => new double[3 * n * LanesPerBlock],
            (block, _, buffer) =>
            {
                var input = buffer.AsSpan(0, n * LanesPerBlock);
                var causal = buffer.AsSpan(n * LanesPerBlock, n * LanesPerBlock);
                var anticausal = buffer.AsSpan(2 * n * LanesPerBlock, n * LanesPerBlock);
                int lanes = layout.Gather(source, block, LanesPerBlock, input);
                FilterLanes(input, causal, anticausal, n, c);
                layout.Scatter(causal, anticausal, block, LanesPerBlock, lanes, target);
                return buffer;
            },
            _ => { });
    }

    /// <summary>Runs both recursions on n samples of <see cref="LanesPerBlock"/> lanes (sample-major); result in <paramref name="y"/> + <paramref name="z"/>.</summary>
    private static void FilterLanes(Span<double> x, Span<double> y, Span<double> z, int n, RecursiveGaussianCoefficients c)
    {
        const int w = LanesPerBlock;
        int vc = Vector<double>.Count;
        var n0 = new Vector<double>(c.N0);
        var n1 = new Vector<double>(c.N1);
        var n2 = new Vector<double>(c.N2);
        var n3 = new Vector<double>(c.N3);
        var d1 = new Vector<double>(c.D1);
        var d2 = new Vector<double>(c.D2);
        var d3 = new Vector<double>(c.D3);
        var d4 = new Vector<double>(c.D4);
        var m1 = new Vector<double>(c.M1);
        var m2 = new Vector<double>(c.M2);
        var m3 = new Vector<double>(c.M3);
        var m4 = new Vector<double>(c.M4);
        var bn1 = new Vector<double>(c.BN1);
        var bn2 = new Vector<double>(c.BN2);
        var bn3 = new Vector<double>(c.BN3);
        var bn4 = new Vector<double>(c.BN4);
        var bm1 = new Vector<double>(c.BM1);
        var bm2 = new Vector<double>(c.BM2);
        var bm3 = new Vector<double>(c.BM3);
        var bm4 = new Vector<double>(c.BM4);

        for (int lane = 0; lane < w; lane += vc)
        {
            // Causal pass: the first sample is assumed to extend to minus infinity.
            var v = Load(x, 0, lane);
            var x1 = Load(x, 1, lane);
            var x2 = Load(x, 2, lane);
            var x3 = Load(x, 3, lane);
            var y0 = ((v * n0) + (v * n1) + (v * n2) + (v * n3)) - ((v * bn1) + (v * bn2) + (v * bn3) + (v * bn4));
            var y1 = ((x1 * n0) + (v * n1) + (v * n2) + (v * n3)) - ((y0 * d1) + (v * bn2) + (v * bn3) + (v * bn4));
            var y2 = ((x2 * n0) + (x1 * n1) + (v * n2) + (v * n3)) - ((y1 * d1) + (y0 * d2) + (v * bn3) + (v * bn4));
            var y3 = ((x3 * n0) + (x2 * n1) + (x1 * n2) + (v * n3)) - ((y2 * d1) + (y1 * d2) + (y0 * d3) + (v * bn4));
            Store(y, 0, lane, y0);
            Store(y, 1, lane, y1);
            Store(y, 2, lane, y2);
            Store(y, 3, lane, y3);
            var xm1 = x3;
            var xm2 = x2;
            var xm3 = x1;
            var ym1 = y3;
            var ym2 = y2;
            var ym3 = y1;
            var ym4 = y0;
            for (int i = 4; i < n; i++)
            {
                var xi = Load(x, i, lane);
                var yi = ((xi * n0) + (xm1 * n1) + (xm2 * n2) + (xm3 * n3)) - ((ym1 * d1) + (ym2 * d2) + (ym3 * d3) + (ym4 * d4));
                Store(y, i, lane, yi);
                xm3 = xm2;
                xm2 = xm1;
                xm1 = xi;
                ym4 = ym3;
                ym3 = ym2;
                ym2 = ym1;
                ym1 = yi;
            }

            // Anti-causal pass: z[i-1] uses x[i] and later samples; the last sample extends to plus infinity.
            var u = Load(x, n - 1, lane);
            var xa = Load(x, n - 2, lane);
            var xb = Load(x, n - 3, lane);
            var za = ((u * m1) + (u * m2) + (u * m3) + (u * m4)) - ((u * bm1) + (u * bm2) + (u * bm3) + (u * bm4));
            var zb = ((u * m1) + (u * m2) + (u * m3) + (u * m4)) - ((za * d1) + (u * bm2) + (u * bm3) + (u * bm4));
            var zc = ((xa * m1) + (u * m2) + (u * m3) + (u * m4)) - ((zb * d1) + (za * d2) + (u * bm3) + (u * bm4));
            var zd = ((xb * m1) + (xa * m2) + (u * m3) + (u * m4)) - ((zc * d1) + (zb * d2) + (za * d3) + (u * bm4));
            Store(z, n - 1, lane, za);
            Store(z, n - 2, lane, zb);
            Store(z, n - 3, lane, zc);
            Store(z, n - 4, lane, zd);
            var xp1 = Load(x, n - 3, lane);
            var xp2 = xa;
            var xp3 = u;
            var zp1 = zd;
            var zp2 = zc;
            var zp3 = zb;
            var zp4 = za;
            for (int i = n - 4; i > 0; i--)
            {
                var xi = Load(x, i, lane);
                var zi = ((xi * m1) + (xp1 * m2) + (xp2 * m3) + (xp3 * m4)) - ((zp1 * d1) + (zp2 * d2) + (zp3 * d3) + (zp4 * d4));
                Store(z, i - 1, lane, zi);
                xp3 = xp2;
                xp2 = xp1;
                xp1 = xi;
                zp4 = zp3;
                zp3 = zp2;
                zp2 = zp1;
                zp1 = zi;
            }
        }
    }

    private static Vector<double> Load(Span<double> buffer, int sample, int lane) =>
        new(buffer.Slice((sample * LanesPerBlock) + lane, Vector<double>.Count));

    private static void Store(Span<double> buffer, int sample, int lane, Vector<double> value) =>
        value.CopyTo(buffer.Slice((sample * LanesPerBlock) + lane, Vector<double>.Count));
}
