namespace HccMesh.Imaging.Resampling;

/// <summary>
/// Trilinear interpolation as ITK's LinearInterpolateImageFunction (EvaluateOptimized, 3-D): base index
/// max(⌊x⌋, 0), a neighbour past the last index is replaced by the base voxel, and the lerps run along x,
/// then y, then z as a + (b − a)·d. Its special cases for zero distances give the same numbers as this
/// general form, because a + (b − a)·0 = a.
/// </summary>
public sealed class LinearInterpolation(Volume image) : IInterpolation
{
    private readonly double[] v = image.Voxels;
    private readonly int sx = image.SizeX;
    private readonly int sy = image.SizeY;
    private readonly int sz = image.SizeZ;

    public double Evaluate(double x, double y, double z)
    {
        int x0 = Base(x), y0 = Base(y), z0 = Base(z);
        double dx = Math.Max(x - x0, 0.0), dy = Math.Max(y - y0, 0.0), dz = Math.Max(z - z0, 0.0);
        int x1 = Math.Min(x0 + 1, sx - 1), y1 = Math.Min(y0 + 1, sy - 1), z1 = Math.Min(z0 + 1, sz - 1);
        if (dx <= 0)
        {
            x1 = x0;
        }

        if (dy <= 0)
        {
            y1 = y0;
        }

        if (dz <= 0)
        {
            z1 = z0;
        }

        int r00 = sx * (y0 + (sy * z0)), r10 = sx * (y1 + (sy * z0)), r01 = sx * (y0 + (sy * z1)), r11 = sx * (y1 + (sy * z1));
        double c00 = Lerp(v[r00 + x0], v[r00 + x1], dx);
        double c10 = Lerp(v[r10 + x0], v[r10 + x1], dx);
        double c01 = Lerp(v[r01 + x0], v[r01 + x1], dx);
        double c11 = Lerp(v[r11 + x0], v[r11 + x1], dx);
        double c0 = Lerp(c00, c10, dy);
        double c1 = Lerp(c01, c11, dy);
        return Lerp(c0, c1, dz);
    }

    private static double Lerp(double a, double b, double d) => a + ((b - a) * d);

    private static int Base(double x) => Math.Max((int)Math.Floor(x), 0);
}
