namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// Gray level size zone matrix P(i, s) as PyRadiomics builds it (radiomics/glszm.py and
/// calculate_glszm in radiomics/src/cmatrices.c): the number of zones (connected sets of ROI voxels
/// with equal gray level) of gray level i and size s. Connectivity uses all bidirectional
/// distance-1 offsets that fit the cropped array: 26 in 3D, 8 in-plane for a one-slice ROI or
/// under force2D.
/// Rows are the gray levels present in the ROI; columns are only the zone sizes that occur
/// (sizes can reach the ROI voxel count, so a dense 1..max column range is avoided).
/// </summary>
public sealed class GrayLevelSizeZoneMatrix
{
    private readonly double[] counts;

    private GrayLevelSizeZoneMatrix(int[] grayLevels, int[] zoneSizes, double[] counts)
    {
        GrayLevels = grayLevels;
        ZoneSizes = zoneSizes;
        this.counts = counts;
    }

    /// <summary>Gray levels present in the ROI (the rows), ascending.</summary>
    public int[] GrayLevels { get; }

    /// <summary>Zone sizes that occur (the columns), ascending.</summary>
    public int[] ZoneSizes { get; }

    /// <summary>Number of zones of the gray level in row <paramref name="row"/> whose size is ZoneSizes[<paramref name="column"/>].</summary>
    public double this[int row, int column] => counts[(row * ZoneSizes.Length) + column];

    /// <summary>Counts, row-major (row = gray level, column = index into <see cref="ZoneSizes"/>).</summary>
    public ReadOnlySpan<double> Counts => counts;

    public static GrayLevelSizeZoneMatrix Compute(FeatureClassInput input)
    {
        var levels = PresentGrayLevels.Of(input);
        var neighbours = TextureNeighbourhood.Offsets(input, [1], bidirectional: true);
        int sx = input.SizeX, sy = input.SizeY, sz = input.SizeZ, n = input.VoxelCount;
        var gray = input.GrayLevels;
        var unassigned = (bool[])input.InRoi.Clone();

        int na = neighbours.Length;
        var ndx = new int[na];
        var ndy = new int[na];
        var ndz = new int[na];
        var delta = new int[na];
        for (int a = 0; a < na; a++)
        {
            ndx[a] = neighbours[a].Dx;
            ndy[a] = neighbours[a].Dy;
            ndz[a] = neighbours[a].Dz;
            delta[a] = TextureNeighbourhood.FlatDelta(neighbours[a], sx, sy);
        }

        var zoneLevel = new List<int>();
        var zoneSize = new List<int>();
        var stack = new int[n];
        int maxSize = 0;
        for (int seed = 0; seed < n; seed++)
        {
            if (!unassigned[seed])
            {
                continue;
            }

            int level = gray[seed];
            int top = 0, size = 0;
            stack[top++] = seed;
            unassigned[seed] = false;
            while (top > 0)
            {
                int k = stack[--top];
                size++;
                int x = k % sx, rest = k / sx, y = rest % sy, z = rest / sy;
                bool interior = x > 0 && x < sx - 1 && y > 0 && y < sy - 1 && z > 0 && z < sz - 1;
                for (int a = 0; a < na; a++)
                {
                    if (!interior)
                    {
                        int nx = x + ndx[a], ny = y + ndy[a], nz = z + ndz[a];
                        if ((uint)nx >= (uint)sx || (uint)ny >= (uint)sy || (uint)nz >= (uint)sz)
                        {
                            continue;
                        }
                    }

                    int j = k + delta[a];
                    if (unassigned[j] && gray[j] == level)
                    {
                        unassigned[j] = false;
                        stack[top++] = j;
                    }
                }
            }

            zoneLevel.Add(level);
            zoneSize.Add(size);
            maxSize = Math.Max(maxSize, size);
        }

        // Columns only for the sizes that occur.
        var columnOfSize = new int[maxSize + 1];
        foreach (int s in zoneSize)
        {
            columnOfSize[s] = 1;
        }

        var sizes = new List<int>();
        for (int s = 1; s <= maxSize; s++)
        {
            if (columnOfSize[s] != 0)
            {
                columnOfSize[s] = sizes.Count;
                sizes.Add(s);
            }
        }

        var counts = new double[levels.Count * sizes.Count];
        for (int z = 0; z < zoneLevel.Count; z++)
        {
            counts[(levels.RowOfLevel[zoneLevel[z]] * sizes.Count) + columnOfSize[zoneSize[z]]]++;
        }

        return new GrayLevelSizeZoneMatrix(levels.Levels, [.. sizes], counts);
    }
}
