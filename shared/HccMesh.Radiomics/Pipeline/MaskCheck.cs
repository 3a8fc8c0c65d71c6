using HccMesh.Imaging;

namespace HccMesh.Radiomics.Pipeline;

/// <summary>PyRadiomics' checkMask (imageoperations.py): bounding box, minimumROIDimensions and minimumROISize.</summary>
internal static class MaskCheck
{
    public static BoundingBox Check(bool[] roi, ImageGeometry grid, RadiomicsSettings s)
    {
        int sx = grid.SizeX, sy = grid.SizeY, sz = grid.SizeZ;
        int minX = int.MaxValue, minY = int.MaxValue, minZ = int.MaxValue, maxX = -1, maxY = -1, maxZ = -1;
        long count = 0;
        for (int z = 0; z < sz; z++)
        {
            for (int y = 0; y < sy; y++)
            {
                int row = sx * (y + (sy * z));
                for (int x = 0; x < sx; x++)
                {
                    if (roi[row + x])
                    {
                        count++;
                        minX = Math.Min(minX, x); maxX = Math.Max(maxX, x);
                        minY = Math.Min(minY, y); maxY = Math.Max(maxY, y);
                        minZ = Math.Min(minZ, z); maxZ = Math.Max(maxZ, z);
                    }
                }
            }
        }

        if (count == 0)
        {
            throw new RadiomicsException($"mask has no voxel with label {s.Label}");
        }

        var box = new BoundingBox(minX, maxX, minY, maxY, minZ, maxZ);
        int dims = (box.SizeX > 1 ? 1 : 0) + (box.SizeY > 1 ? 1 : 0) + (box.SizeZ > 1 ? 1 : 0);
        if (dims == 0)
        {
            throw new RadiomicsException($"mask with label {s.Label} has only 1 voxel: cannot extract features for a single voxel");
        }

        if (dims < s.MinimumRoiDimensions)
        {
            throw new RadiomicsException(
                $"mask with label {s.Label} has too few dimensions ({dims}, minimumROIDimensions {s.MinimumRoiDimensions})");
        }

        if (s.MinimumRoiSize is int minSize && count <= minSize)
        {
            throw new RadiomicsException($"ROI with label {s.Label} is too small ({count} voxels, minimumROISize {minSize})");
        }

        return box;
    }
}
