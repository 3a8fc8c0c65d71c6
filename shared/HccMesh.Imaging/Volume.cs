namespace HccMesh.Imaging;

/// <summary>
/// A 3-D scalar image: voxels in x-fastest order (index = x + sizeX * (y + sizeY * z)),
/// i.e. the memory order of ITK and of NumPy's (z, y, x) arrays.
/// </summary>
public sealed class Volume
{
    public Volume(ImageGeometry geometry, PixelType pixelType, double[] voxels)
    {
        if (voxels.LongLength != geometry.VoxelCount)
        {
            throw new ArgumentException($"Voxel buffer has {voxels.LongLength} values, geometry needs {geometry.VoxelCount}.");
        }

        Geometry = geometry;
        PixelType = pixelType;
        Voxels = voxels;
    }

    public ImageGeometry Geometry { get; }

    public PixelType PixelType { get; }

    public double[] Voxels { get; }

    public int SizeX => Geometry.SizeX;

    public int SizeY => Geometry.SizeY;

    public int SizeZ => Geometry.SizeZ;

    public int IndexOf(int x, int y, int z) => x + (SizeX * (y + (SizeY * z)));

    public double this[int x, int y, int z]
    {
        get => Voxels[IndexOf(x, y, z)];
        set => Voxels[IndexOf(x, y, z)] = value;
    }

    public static Volume Zeros(ImageGeometry geometry, PixelType pixelType) =>
        new(geometry, pixelType, new double[geometry.VoxelCount]);
}
