namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// The distinct gray levels inside the ROI (ascending) and a lookup from level to row index.
/// Texture matrices keep rows for these levels only (PyRadiomics deletes the rows of absent levels),
/// and formulas use the level value itself, not the row index.
/// </summary>
internal sealed class PresentGrayLevels
{
    private PresentGrayLevels(int[] levels, int[] rowOfLevel)
    {
        Levels = levels;
        RowOfLevel = rowOfLevel;
    }

    /// <summary>Present levels, ascending.</summary>
    public int[] Levels { get; }

    /// <summary>Row index of each level 0..max, −1 where absent.</summary>
    public int[] RowOfLevel { get; }

    public int Count => Levels.Length;

    public static PresentGrayLevels Of(FeatureClassInput input)
    {
        var gray = input.GrayLevels;
        var roi = input.InRoi;
        if (gray.Length != input.VoxelCount || roi.Length != input.VoxelCount)
        {
            throw new RadiomicsException($"Feature class input arrays must hold {input.VoxelCount} voxels.");
        }

        int max = 0;
        for (int i = 0; i < gray.Length; i++)
        {
            if (roi[i])
            {
                if (gray[i] < 1)
                {
                    throw new RadiomicsException($"ROI voxel {i} has gray level {gray[i]}; discretised levels start at 1.");
                }

                max = Math.Max(max, gray[i]);
            }
        }

        if (max == 0)
        {
            throw new RadiomicsException("The ROI is empty.");
        }

        var seen = new bool[max + 1];
        for (int i = 0; i < gray.Length; i++)
        {
            if (roi[i])
            {
                seen[gray[i]] = true;
            }
        }

        var rowOfLevel = new int[max + 1];
        var levels = new List<int>();
        for (int g = 0; g <= max; g++)
        {
            rowOfLevel[g] = seen[g] ? levels.Count : -1;
            if (seen[g])
            {
                levels.Add(g);
            }
        }

        return new PresentGrayLevels([.. levels], rowOfLevel);
    }
}
