namespace HccMesh.Radiomics.Texture;

/// <summary>
/// Gray-level co-occurrence matrices as PyRadiomics builds them (radiomics/glcm.py, _calculateMatrix, and
/// radiomics/src/cmatrices.c, calculate_glcm): for each mono-directional angle a, P_a(i, j) counts ROI voxel
/// pairs (v, v + offset_a), both inside the cropped array and the ROI, with gray levels (i, j). Then only
/// gray levels present in the ROI are kept, P_a += P_aᵀ when symmetrical, angles are summed with weights when
/// a weighting norm is set, all-zero angles are deleted (if more than one angle), and each is normalised to sum 1.
/// </summary>
public sealed class GrayLevelCooccurrenceMatrix
{
    private GrayLevelCooccurrenceMatrix(int[] grayLevels, int maxGrayLevel, double[][] matrices)
    {
        GrayLevels = grayLevels;
        MaxGrayLevel = maxGrayLevel;
        Matrices = matrices;
    }

    /// <summary>Gray levels present in the ROI, ascending: the row/column labels.</summary>
    public int[] GrayLevels { get; }

    /// <summary>Ng = the largest gray level in the ROI (not the count of present levels).</summary>
    public int MaxGrayLevel { get; }

    /// <summary>One normalised n×n matrix (row-major, n = GrayLevels.Length) per retained angle.</summary>
    public double[][] Matrices { get; }

    public int Size => GrayLevels.Length;

    /// <summary>Builds the matrices for one discretised, cropped image.</summary>
    public static GrayLevelCooccurrenceMatrix Build(FeatureClassInput input)
    {
        var s = input.Settings;
        var levels = PresentGrayLevels(input.GrayLevels, input.InRoi, out int maxLevel);
        int n = levels.Length;
        var index = new int[maxLevel + 1];
        Array.Fill(index, -1);
        for (int k = 0; k < n; k++)
        {
            index[levels[k]] = k;
        }

        int[] sizeZyx = [input.SizeZ, input.SizeY, input.SizeX];
        var angles = TextureAngles.Generate(sizeZyx, s.Distances, bidirectional: false, s.Force2D ? s.Force2DDimension : -1);
        var counts = new double[angles.Length][];
        for (int a = 0; a < angles.Length; a++)
        {
            counts[a] = CountPairs(input, angles[a], index, n);
            if (s.SymmetricalGlcm)
            {
                Symmetrize(counts[a], n);
            }
        }

        if (s.WeightingNorm is not null)
        {
            counts = [WeightedSum(counts, angles, input.Spacing, s.WeightingNorm, n)];
        }

        var kept = new List<double[]>(counts.Length);
        foreach (var m in counts)
        {
            double sum = 0;
            foreach (double v in m)
            {
                sum += v;
            }

            if (sum == 0 && counts.Length > 1)
            {
                continue; // PyRadiomics deletes empty angles
            }

            double inv = sum == 0 ? double.NaN : sum;
            for (int k = 0; k < m.Length; k++)
            {
                m[k] /= inv;
            }

            kept.Add(m);
        }

        return new GrayLevelCooccurrenceMatrix(levels, maxLevel, [.. kept]);
    }

    internal static int[] PresentGrayLevels(int[] grayLevels, bool[] inRoi, out int maxLevel)
    {
        maxLevel = 0;
        for (int i = 0; i < grayLevels.Length; i++)
        {
            if (inRoi[i] && grayLevels[i] > maxLevel)
            {
                maxLevel = grayLevels[i];
            }
        }

        var present = new bool[maxLevel + 1];
        for (int i = 0; i < grayLevels.Length; i++)
        {
            if (inRoi[i])
            {
                present[grayLevels[i]] = true;
            }
        }

        var levels = new List<int>();
        for (int g = 1; g <= maxLevel; g++)
        {
            if (present[g])
            {
                levels.Add(g);
            }
        }

        return [.. levels];
    }

    private static double[] CountPairs(FeatureClassInput input, (int Dz, int Dy, int Dx) angle, int[] index, int n)
    {
        int sx = input.SizeX, sy = input.SizeY, sz = input.SizeZ;
        var g = input.GrayLevels;
        var roi = input.InRoi;
        var counts = new long[n * n];
        int z0 = Math.Max(0, -angle.Dz), z1 = Math.Min(sz, sz - angle.Dz);
        int y0 = Math.Max(0, -angle.Dy), y1 = Math.Min(sy, sy - angle.Dy);
        int x0 = Math.Max(0, -angle.Dx), x1 = Math.Min(sx, sx - angle.Dx);
        int step = angle.Dx + (sx * (angle.Dy + (sy * angle.Dz)));
        for (int z = z0; z < z1; z++)
        {
            for (int y = y0; y < y1; y++)
            {
                int row = sx * (y + (sy * z));
                for (int x = x0; x < x1; x++)
                {
                    int i = row + x;
                    int j = i + step;
                    if (roi[i] && roi[j])
                    {
                        counts[(index[g[i]] * n) + index[g[j]]]++;
                    }
                }
            }
        }

        var result = new double[n * n];
        for (int k = 0; k < result.Length; k++)
        {
            result[k] = counts[k];
        }

        return result;
    }

    private static void Symmetrize(double[] m, int n)
    {
        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                double s = m[(i * n) + j] + m[(j * n) + i];
                m[(i * n) + j] = s;
                m[(j * n) + i] = s;
            }
        }
    }

    /// <summary>
    /// PyRadiomics' angle weighting (glcm.py): w = exp(−‖|offset|·spacing‖²) in the chosen norm (spacing in
    /// (z, y, x) order), 1 for "no_weighting"; the weighted matrices are summed into one.
    /// </summary>
    private static double[] WeightedSum(double[][] counts, (int Dz, int Dy, int Dx)[] angles, double[] spacingXyz, string norm, int n)
    {
        double[] spacingZyx = [spacingXyz[2], spacingXyz[1], spacingXyz[0]];
        var sum = new double[n * n];
        for (int a = 0; a < angles.Length; a++)
        {
            double dz = Math.Abs(angles[a].Dz) * spacingZyx[0];
            double dy = Math.Abs(angles[a].Dy) * spacingZyx[1];
            double dx = Math.Abs(angles[a].Dx) * spacingZyx[2];
            double w = norm switch
            {
                "infinity" => Math.Exp(-Math.Pow(Math.Max(Math.Max(dz, dy), dx), 2)),
                "euclidean" => Math.Exp(-((dz * dz) + (dy * dy) + (dx * dx))),
                "manhattan" => Math.Exp(-Math.Pow(dz + dy + dx, 2)),
                _ => 1.0,
            };
            for (int k = 0; k < sum.Length; k++)
            {
                sum[k] += counts[a][k] * w;
            }
        }

        return sum;
    }
}
