namespace HccMesh.Imaging;

/// <summary>Inclusive index bounds (x, y, z) of a region, as ITK's LabelStatistics reports them.</summary>
public readonly record struct BoundingBox(int MinX, int MaxX, int MinY, int MaxY, int MinZ, int MaxZ)
{
    public int SizeX => MaxX - MinX + 1;

    public int SizeY => MaxY - MinY + 1;

    public int SizeZ => MaxZ - MinZ + 1;

    /// <summary>Bounding box of the voxels equal to <paramref name="label"/>, or null when there are none.</summary>
    public static BoundingBox? OfLabel(Volume mask, int label)
    {
        int minX = int.MaxValue, minY = int.MaxValue, minZ = int.MaxValue, maxX = -1, maxY = -1, maxZ = -1;
        var v = mask.Voxels;
        int n = 0;
        for (int z = 0; z < mask.SizeZ; z++)
        {
            for (int y = 0; y < mask.SizeY; y++)
            {
                int row = mask.SizeX * (y + (mask.SizeY * z));
                for (int x = 0; x < mask.SizeX; x++)
                {
                    if (v[row + x] == label)
                    {
                        n++;
                        if (x < minX) { minX = x; }
                        if (x > maxX) { maxX = x; }
                        if (y < minY) { minY = y; }
                        if (y > maxY) { maxY = y; }
                        if (z < minZ) { minZ = z; }
                        if (z > maxZ) { maxZ = z; }
                    }
                }
            }
        }

        return n == 0 ? null : new BoundingBox(minX, maxX, minY, maxY, minZ, maxZ);
    }
}
