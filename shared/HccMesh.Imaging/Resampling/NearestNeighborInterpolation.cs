namespace HccMesh.Imaging.Resampling;

/// <summary>ITK NearestNeighborInterpolateImageFunction: the voxel at the continuous index rounded half up (⌊x + 0.5⌋).</summary>
public sealed class NearestNeighborInterpolation(Volume image) : IInterpolation
{
    private readonly double[] v = image.Voxels;
    private readonly int sx = image.SizeX;
    private readonly int sy = image.SizeY;
    private readonly int sz = image.SizeZ;

    public double Evaluate(double x, double y, double z)
    {
        int i = Math.Clamp((int)Math.Floor(x + 0.5), 0, sx - 1);
        int j = Math.Clamp((int)Math.Floor(y + 0.5), 0, sy - 1);
        int k = Math.Clamp((int)Math.Floor(z + 0.5), 0, sz - 1);
        return v[i + (sx * (j + (sy * k)))];
    }
}
