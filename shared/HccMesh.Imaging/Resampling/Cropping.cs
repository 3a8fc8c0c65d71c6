namespace HccMesh.Imaging.Resampling;

/// <summary>
/// ITK CropImageFilter as PyRadiomics uses it (imageoperations.cropToTumorMask): keeps indices
/// [max(L − pad, 0), min(U + pad, size − 1)] on each axis; the kept voxels stay where they are in world
/// space (the new origin is the world point of the first kept voxel, as SimpleITK reports it).
/// </summary>
public static class Cropping
{
    public static Volume Crop(Volume volume, BoundingBox box, int pad)
    {
        var g = volume.Geometry;
        int x0 = Math.Max(box.MinX - pad, 0), y0 = Math.Max(box.MinY - pad, 0), z0 = Math.Max(box.MinZ - pad, 0);
        int x1 = Math.Min(box.MaxX + pad, g.SizeX - 1), y1 = Math.Min(box.MaxY + pad, g.SizeY - 1), z1 = Math.Min(box.MaxZ + pad, g.SizeZ - 1);
        if (x0 > x1 || y0 > y1 || z0 > z1)
        {
            throw new GeometryException($"Crop box {box} lies outside the {g.SizeX}x{g.SizeY}x{g.SizeZ} image.");
        }

        int nx = x1 - x0 + 1, ny = y1 - y0 + 1, nz = z1 - z0 + 1;
        var origin = GridMapping.IndexToPhysicalPoint(g, x0, y0, z0);
        var geometry = g.WithSize(nx, ny, nz, origin);
        var voxels = new double[geometry.VoxelCount];
        var source = volume.Voxels;
        for (int z = 0; z < nz; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                Array.Copy(source, volume.IndexOf(x0, y0 + y, z0 + z), voxels, nx * (y + (ny * z)), nx);
            }
        }

        return new Volume(geometry, volume.PixelType, voxels);
    }
}
