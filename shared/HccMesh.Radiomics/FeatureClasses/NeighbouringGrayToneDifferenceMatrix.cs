namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// Neighbouring gray tone difference matrix as PyRadiomics builds it (radiomics/ngtdm.py and
/// calculate_ngtdm in radiomics/src/cmatrices.c). For every ROI voxel of gray level i, Ā is the
/// mean gray level of its neighbours that lie in the ROI (all bidirectional offsets at the
/// <c>distances</c> Chebyshev distances that fit the cropped array; in-plane only under force2D):
/// <list type="bullet">
/// <item>n_i = number of ROI voxels with level i, including voxels without any ROI neighbour
/// (a PyRadiomics deviation from IBSI, reproduced on purpose);</item>
/// <item>s_i = Σ |i − Ā| over those voxels, with 0 for a voxel without ROI neighbours.</item>
/// </list>
/// Only gray levels present in the ROI are kept.
/// </summary>
public sealed class NeighbouringGrayToneDifferenceMatrix
{
    private NeighbouringGrayToneDifferenceMatrix(int[] grayLevels, double[] voxelCounts, double[] differenceSums)
    {
        GrayLevels = grayLevels;
        VoxelCounts = voxelCounts;
        DifferenceSums = differenceSums;
    }

    /// <summary>Gray levels i present in the ROI, ascending.</summary>
    public int[] GrayLevels { get; }

    /// <summary>n_i for each present level.</summary>
    public double[] VoxelCounts { get; }

    /// <summary>s_i for each present level.</summary>
    public double[] DifferenceSums { get; }

    public static NeighbouringGrayToneDifferenceMatrix Compute(FeatureClassInput input)
    {
        var levels = PresentGrayLevels.Of(input);
        var neighbours = TextureNeighbourhood.Offsets(input, input.Settings.Distances, bidirectional: true);
        int sx = input.SizeX, sy = input.SizeY, sz = input.SizeZ;
        var gray = input.GrayLevels;
        var roi = input.InRoi;
        var n = new double[levels.Count];
        var s = new double[levels.Count];

        int na = neighbours.Length;
        var delta = TextureNeighbourhood.FlatDeltas(neighbours, sx, sy);
        var reach = TextureNeighbourhood.Reach(neighbours);
        int index = 0;
        for (int z = 0; z < sz; z++)
        {
            bool zInterior = z >= reach.Z && z < sz - reach.Z;
            for (int y = 0; y < sy; y++)
            {
                bool yzInterior = zInterior && y >= reach.Y && y < sy - reach.Y;
                for (int x = 0; x < sx; x++, index++)
                {
                    if (!roi[index])
                    {
                        continue;
                    }

                    int count = 0;
                    double sum = 0;
                    bool interior = yzInterior && x >= reach.X && x < sx - reach.X;
                    for (int a = 0; a < na; a++)
                    {
                        if (!interior)
                        {
                            var o = neighbours[a];
                            int nx = x + o.Dx, ny = y + o.Dy, nz = z + o.Dz;
                            if ((uint)nx >= (uint)sx || (uint)ny >= (uint)sy || (uint)nz >= (uint)sz)
                            {
                                continue;
                            }
                        }

                        int j = index + delta[a];
                        if (roi[j])
                        {
                            count++;
                            sum += gray[j];
                        }
                    }

                    // Same operations as cmatrices.c: diff = image[i] − sum / count, then its absolute value.
                    double diff = count == 0 ? 0 : Math.Abs(gray[index] - (sum / count));
                    int row = levels.RowOfLevel[gray[index]];
                    n[row]++;
                    s[row] += diff;
                }
            }
        }

        return new NeighbouringGrayToneDifferenceMatrix(levels.Levels, n, s);
    }
}
