namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// Gray level run length matrices P_a(i, r) as PyRadiomics builds them (radiomics/glrlm.py and
/// calculate_glrlm in radiomics/src/cmatrices.c): for each of the 13 mono-directional distance-1
/// angles (4 in-plane ones for a one-slice ROI or under force2D), the number of runs of ROI voxels
/// with gray level i and length r along that angle.
/// <list type="bullet">
/// <item>A run line starts at every voxel v of the cropped array for which v − offset lies outside
/// the array and proceeds by +offset; consecutive ROI voxels of equal level form one run, a level
/// change or a non-ROI voxel closes it.</item>
/// <item>An angle on which no line holds more than one ROI voxel is zeroed.</item>
/// <item>Without a weighting norm, zeroed angles are deleted (only when more than one angle exists).
/// With one, the angle matrices are multiplied by w_a = ‖offset·spacing‖ (no_weighting: 1) and
/// summed into a single matrix.</item>
/// </list>
/// Rows are the gray levels present in the ROI; columns are run lengths 1..<see cref="MaxRunLength"/>.
/// </summary>
public sealed class GrayLevelRunLengthMatrix
{
    private readonly double[] counts;

    private GrayLevelRunLengthMatrix(int[] grayLevels, int maxRunLength, (int Dz, int Dy, int Dx)[] angles, bool isWeightedSum, double[] counts)
    {
        GrayLevels = grayLevels;
        MaxRunLength = maxRunLength;
        Angles = angles;
        IsWeightedSum = isWeightedSum;
        this.counts = counts;
    }

    /// <summary>Gray levels present in the ROI (the matrix rows), ascending.</summary>
    public int[] GrayLevels { get; }

    /// <summary>Longest run found over all kept angles; columns are run lengths 1..MaxRunLength (0 when no angle is left).</summary>
    public int MaxRunLength { get; }

    /// <summary>Unweighted: the angle of each kept matrix. Weighted: the angles summed into the single matrix.</summary>
    public IReadOnlyList<(int Dz, int Dy, int Dx)> Angles { get; }

    /// <summary>True when a weighting norm merged all angles into one matrix.</summary>
    public bool IsWeightedSum { get; }

    /// <summary>Number of matrices the features are computed on (0 when every angle was deleted).</summary>
    public int MatrixCount => IsWeightedSum ? 1 : Angles.Count;

    /// <summary>P(i, r) of matrix <paramref name="matrix"/>, for row <paramref name="row"/> and run length r ≥ 1.</summary>
    public double this[int matrix, int row, int runLength] =>
        counts[(((matrix * GrayLevels.Length) + row) * MaxRunLength) + runLength - 1];

    /// <summary>Counts of one matrix, row-major (row = gray level, column = run length − 1).</summary>
    public ReadOnlySpan<double> MatrixCounts(int matrix)
    {
        int cells = GrayLevels.Length * MaxRunLength;
        return counts.AsSpan(matrix * cells, cells);
    }

    public static GrayLevelRunLengthMatrix Compute(FeatureClassInput input)
    {
        var levels = PresentGrayLevels.Of(input);
        var angles = TextureNeighbourhood.Offsets(input, [1], bidirectional: false);
        int ng = levels.Count;
        int maxPossibleRun = Math.Max(input.SizeX, Math.Max(input.SizeY, input.SizeZ));

        var perAngle = new int[angles.Length][];
        int longestRun = 0;
        for (int a = 0; a < angles.Length; a++)
        {
            perAngle[a] = CountRuns(input, levels.RowOfLevel, angles[a], ng * maxPossibleRun, maxPossibleRun, out int angleLongest);
            longestRun = Math.Max(longestRun, angleLongest);
        }

        string? norm = input.Settings.WeightingNorm;
        if (norm is not null)
        {
            var summed = new double[ng * longestRun];
            for (int a = 0; a < angles.Length; a++)
            {
                double w = Weight(angles[a], input.Spacing, norm);
                Accumulate(perAngle[a], w, summed, ng, maxPossibleRun, longestRun, 0);
            }

            return new GrayLevelRunLengthMatrix(levels.Levels, longestRun, angles, true, summed);
        }

        var kept = new List<int>();
        for (int a = 0; a < angles.Length; a++)
        {
            if (angles.Length == 1 || perAngle[a].Any(c => c != 0))
            {
                kept.Add(a);
            }
        }

        var result = new double[kept.Count * ng * longestRun];
        for (int k = 0; k < kept.Count; k++)
        {
            Accumulate(perAngle[kept[k]], 1.0, result, ng, maxPossibleRun, longestRun, k * ng * longestRun);
        }

        return new GrayLevelRunLengthMatrix(levels.Levels, longestRun, [.. kept.Select(k => angles[k])], false, result);
    }

    /// <summary>GLRLM weight of an angle: the norm of offset ⊙ spacing (PyRadiomics glrlm.py, _calculateMatrix).</summary>
    private static double Weight((int Dz, int Dy, int Dx) angle, double[] spacingXyz, string norm)
    {
        double z = Math.Abs(angle.Dz) * spacingXyz[2];
        double y = Math.Abs(angle.Dy) * spacingXyz[1];
        double x = Math.Abs(angle.Dx) * spacingXyz[0];
        return norm switch
        {
            "infinity" => Math.Max(z, Math.Max(y, x)),
            "euclidean" => Math.Sqrt((z * z) + (y * y) + (x * x)),
            "manhattan" => z + y + x,
            // 'no_weighting' and, as PyRadiomics does after a warning, any unknown norm.
            _ => 1.0,
        };
    }

    private static void Accumulate(int[] source, double weight, double[] target, int ng, int sourceRuns, int targetRuns, int targetStart)
    {
        for (int row = 0; row < ng; row++)
        {
            for (int r = 0; r < targetRuns; r++)
            {
                target[targetStart + (row * targetRuns) + r] += source[(row * sourceRuns) + r] * weight;
            }
        }
    }

    private static int[] CountRuns(FeatureClassInput input, int[] rowOfLevel, (int Dz, int Dy, int Dx) angle, int cells, int maxRun, out int longestRun)
    {
        int sx = input.SizeX, sy = input.SizeY, sz = input.SizeZ;
        var runs = new int[cells];
        var line = new RunLine(input.InRoi, input.GrayLevels, rowOfLevel, runs, maxRun, TextureNeighbourhood.FlatDelta(angle, sx, sy));
        int dx = angle.Dx, dy = angle.Dy, dz = angle.Dz;
        bool anyLineWithTwoRoiVoxels = false;

        // A line starts where the voxel one step back lies outside the array. In a row (fixed y, z) whose
        // step back in y and z stays inside, that is only the first voxel in x (last, for dx < 0).
        for (int z = 0; z < sz; z++)
        {
            bool zStart = !Inside(z - dz, sz);
            for (int y = 0; y < sy; y++)
            {
                bool rowStart = zStart || !Inside(y - dy, sy);
                int yzSteps = Math.Min(StepsLeft(y, dy, sy), StepsLeft(z, dz, sz));
                int rowIndex = sx * (y + (sy * z));
                if (rowStart)
                {
                    for (int x = 0; x < sx; x++)
                    {
                        int length = Math.Min(StepsLeft(x, dx, sx), yzSteps) + 1;
                        anyLineWithTwoRoiVoxels |= line.Walk(rowIndex + x, length) > 1;
                    }
                }
                else if (dx != 0)
                {
                    int x = dx > 0 ? 0 : sx - 1;
                    int length = Math.Min(StepsLeft(x, dx, sx), yzSteps) + 1;
                    anyLineWithTwoRoiVoxels |= line.Walk(rowIndex + x, length) > 1;
                }
            }
        }

        int longest = line.Longest;
        if (!anyLineWithTwoRoiVoxels)
        {
            // cmatrices.c: "Segmentation is 2D for this angle, remove it." Only length-1 runs can exist here.
            Array.Clear(runs);
            longest = 0;
        }

        longestRun = longest;
        return runs;
    }

    private static bool Inside(int c, int size) => c >= 0 && c < size;

    private static int StepsLeft(int c, int d, int size) => d > 0 ? (size - 1 - c) / d : d < 0 ? c / -d : int.MaxValue;
}
