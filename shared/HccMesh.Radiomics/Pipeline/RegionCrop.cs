using HccMesh.Imaging;

namespace HccMesh.Radiomics.Pipeline;

/// <summary>The bounding-box crop (no padding) every feature class receives (cropToTumorMask with padDistance 0).</summary>
internal static class RegionCrop
{
    public static (double[] Values, bool[] Roi) Crop(Volume image, bool[] mask, BoundingBox box)
    {
        int nx = box.SizeX, ny = box.SizeY, nz = box.SizeZ;
        var values = new double[nx * ny * nz];
        var roi = new bool[values.Length];
        for (int z = 0; z < nz; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                int src = image.IndexOf(box.MinX, box.MinY + y, box.MinZ + z);
                int dst = nx * (y + (ny * z));
                Array.Copy(image.Voxels, src, values, dst, nx);
                Array.Copy(mask, src, roi, dst, nx);
            }
        }

        return (values, roi);
    }
}
