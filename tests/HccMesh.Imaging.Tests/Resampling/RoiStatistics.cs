namespace HccMesh.Imaging.Tests.Resampling;

/// <summary>The quantities PyRadiomics' generalinfo.py reports for an interpolated image/mask pair (test-side arithmetic only).</summary>
internal sealed record RoiStatistics(int VoxelNum, double Mean, double Minimum, double Maximum, double[] CenterOfMassIndex, double[] CenterOfMass, BoundingBox Box)
{
    public static RoiStatistics Of(Volume image, Volume mask, int label)
    {
        int n = 0;
        double sum = 0, min = double.MaxValue, max = double.MinValue, ci = 0, cj = 0, ck = 0;
        for (int z = 0; z < mask.SizeZ; z++)
        {
            for (int y = 0; y < mask.SizeY; y++)
            {
                for (int x = 0; x < mask.SizeX; x++)
                {
                    int i = mask.IndexOf(x, y, z);
                    if (mask.Voxels[i] != label)
                    {
                        continue;
                    }

                    n++;
                    double v = image.Voxels[i];
                    sum += v;
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                    ci += x;
                    cj += y;
                    ck += z;
                }
            }
        }

        double[] index = [ci / n, cj / n, ck / n];
        var p = mask.Geometry.IndexToPhysical(index[0], index[1], index[2]);
        return new RoiStatistics(n, sum / n, min, max, index, [p.X, p.Y, p.Z], BoundingBox.OfLabel(mask, label)!.Value);
    }

    public static double MeanOf(Volume v) => v.Voxels.Sum() / v.Voxels.Length;
}
