namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// Gray level dependence matrix P(i, j) as PyRadiomics builds it (radiomics/gldm.py and
/// calculate_gldm in radiomics/src/cmatrices.c): for every ROI voxel of gray level i, the
/// dependence j = 1 + the number of its neighbours (all bidirectional offsets at the
/// <c>distances</c> Chebyshev distances that fit the cropped array; in-plane only under force2D)
/// that are in the ROI and differ from it by at most alpha (<c>gldm_a</c>). P counts voxels, so
/// Σ P is the ROI voxel count.
/// Rows are the gray levels present in the ROI; columns are dependences 1..<see cref="MaxDependence"/>.
/// </summary>
public sealed class GrayLevelDependenceMatrix
{
    private readonly double[] counts;

    private GrayLevelDependenceMatrix(int[] grayLevels, int maxDependence, double[] counts)
    {
        GrayLevels = grayLevels;
        MaxDependence = maxDependence;
        this.counts = counts;
    }

    /// <summary>Gray levels present in the ROI (the rows), ascending.</summary>
    public int[] GrayLevels { get; }

    /// <summary>Largest dependence found; columns are dependences 1..MaxDependence.</summary>
    public int MaxDependence { get; }

    /// <summary>Number of voxels of the level in row <paramref name="row"/> with dependence <paramref name="dependence"/> ≥ 1.</summary>
    public double this[int row, int dependence] => counts[(row * MaxDependence) + dependence - 1];

    /// <summary>Counts, row-major (row = gray level, column = dependence − 1).</summary>
    public ReadOnlySpan<double> Counts => counts;

    /// <remarks>
    /// PyRadiomics passes gldm_a to C as an int (a non-integer alpha is rejected there); here the
    /// comparison |i − j| ≤ alpha is done in double, which is the same for integer alpha.
    /// </remarks>
    public static GrayLevelDependenceMatrix Compute(FeatureClassInput input)
    {
        var levels = PresentGrayLevels.Of(input);
        var neighbours = TextureNeighbourhood.Offsets(input, input.Settings.Distances, bidirectional: true);
        int sx = input.SizeX, sy = input.SizeY, sz = input.SizeZ;
        var gray = input.GrayLevels;
        var roi = input.InRoi;
        double alpha = input.Settings.GldmA;
        int na = neighbours.Length;
        int columns = na + 1;
        var dense = new int[levels.Count * columns];
        int maxDependence = 0;

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

                    int level = gray[index];
                    int dependence = 1;
                    if (yzInterior && x >= reach.X && x < sx - reach.X)
                    {
                        for (int a = 0; a < na; a++)
                        {
                            int j = index + delta[a];
                            if (roi[j] && Math.Abs(level - gray[j]) <= alpha)
                            {
                                dependence++;
                            }
                        }
                    }
                    else
                    {
                        for (int a = 0; a < na; a++)
                        {
                            var o = neighbours[a];
                            int nx = x + o.Dx, ny = y + o.Dy, nz = z + o.Dz;
                            if ((uint)nx < (uint)sx && (uint)ny < (uint)sy && (uint)nz < (uint)sz)
                            {
                                int j = index + delta[a];
                                if (roi[j] && Math.Abs(level - gray[j]) <= alpha)
                                {
                                    dependence++;
                                }
                            }
                        }
                    }

                    dense[(levels.RowOfLevel[level] * columns) + dependence - 1]++;
                    maxDependence = Math.Max(maxDependence, dependence);
                }
            }
        }

        var counts = new double[levels.Count * maxDependence];
        for (int r = 0; r < levels.Count; r++)
        {
            for (int d = 0; d < maxDependence; d++)
            {
                counts[(r * maxDependence) + d] = dense[(r * columns) + d];
            }
        }

        return new GrayLevelDependenceMatrix(levels.Levels, maxDependence, counts);
    }
}
