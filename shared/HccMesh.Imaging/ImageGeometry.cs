namespace HccMesh.Imaging;

/// <summary>
/// ITK-style image geometry in LPS world coordinates (mm). Index order is (x, y, z);
/// <see cref="Direction"/> is row-major 3x3 whose column c is the world direction of index axis c.
/// physical = origin + Direction * (spacing ⊙ index).
/// </summary>
public sealed record ImageGeometry
{
    public ImageGeometry(int sizeX, int sizeY, int sizeZ, double[] spacing, double[] origin, double[] direction)
    {
        if (sizeX <= 0 || sizeY <= 0 || sizeZ <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sizeX), $"Image size must be positive, got {sizeX}x{sizeY}x{sizeZ}.");
        }

        if (spacing.Length != 3 || origin.Length != 3 || direction.Length != 9)
        {
            throw new ArgumentException("Spacing and origin need 3 values, direction 9.");
        }

        SizeX = sizeX;
        SizeY = sizeY;
        SizeZ = sizeZ;
        Spacing = spacing;
        Origin = origin;
        Direction = direction;
    }

    public int SizeX { get; }

    public int SizeY { get; }

    public int SizeZ { get; }

    public double[] Spacing { get; }

    public double[] Origin { get; }

    public double[] Direction { get; }

    public long VoxelCount => (long)SizeX * SizeY * SizeZ;

    public int[] Size => [SizeX, SizeY, SizeZ];

    public static double[] IdentityDirection => [1, 0, 0, 0, 1, 0, 0, 0, 1];

    /// <summary>World point (LPS, mm) of a continuous index.</summary>
    public (double X, double Y, double Z) IndexToPhysical(double i, double j, double k)
    {
        double a = i * Spacing[0], b = j * Spacing[1], c = k * Spacing[2];
        var d = Direction;
        return (Origin[0] + (d[0] * a) + (d[1] * b) + (d[2] * c),
                Origin[1] + (d[3] * a) + (d[4] * b) + (d[5] * c),
                Origin[2] + (d[6] * a) + (d[7] * b) + (d[8] * c));
    }

    /// <summary>Continuous index of a world point (inverse of <see cref="IndexToPhysical"/>).</summary>
    public (double I, double J, double K) PhysicalToContinuousIndex(double x, double y, double z)
    {
        var inv = Matrix3.Invert(Direction);
        double px = x - Origin[0], py = y - Origin[1], pz = z - Origin[2];
        return (((inv[0] * px) + (inv[1] * py) + (inv[2] * pz)) / Spacing[0],
                ((inv[3] * px) + (inv[4] * py) + (inv[5] * pz)) / Spacing[1],
                ((inv[6] * px) + (inv[7] * py) + (inv[8] * pz)) / Spacing[2]);
    }

    public bool SameGridAs(ImageGeometry other, double tolerance = 1e-6)
    {
        if (SizeX != other.SizeX || SizeY != other.SizeY || SizeZ != other.SizeZ)
        {
            return false;
        }

        double tol = tolerance * Spacing[0];
        for (int i = 0; i < 3; i++)
        {
            if (Math.Abs(Spacing[i] - other.Spacing[i]) > tol || Math.Abs(Origin[i] - other.Origin[i]) > tol)
            {
                return false;
            }
        }

        for (int i = 0; i < 9; i++)
        {
            if (Math.Abs(Direction[i] - other.Direction[i]) > tolerance)
            {
                return false;
            }
        }

        return true;
    }

    public ImageGeometry WithSize(int sizeX, int sizeY, int sizeZ, double[] origin) =>
        new(sizeX, sizeY, sizeZ, (double[])Spacing.Clone(), origin, (double[])Direction.Clone());
}
