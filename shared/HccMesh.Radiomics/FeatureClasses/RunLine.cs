namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// Counts the runs on one line of a GLRLM angle (cmatrices.c, calculate_glrlm): consecutive ROI voxels
/// of equal gray level form a run; a level change or a non-ROI voxel closes it.
/// </summary>
internal sealed class RunLine(bool[] roi, int[] gray, int[] rowOfLevel, int[] runs, int maxRun, int step)
{
    /// <summary>Longest run counted so far.</summary>
    public int Longest { get; private set; }

    /// <summary>Walks <paramref name="length"/> voxels from <paramref name="start"/>; returns the number of ROI voxels met.</summary>
    public int Walk(int start, int length)
    {
        int level = -1, run = 0, roiVoxels = 0, longest = Longest;
        int index = start;
        for (int k = 0; k < length; k++, index += step)
        {
            if (roi[index])
            {
                roiVoxels++;
                int g = gray[index];
                if (g == level)
                {
                    run++;
                    continue;
                }

                if (level != -1)
                {
                    runs[(rowOfLevel[level] * maxRun) + run - 1]++;
                    longest = Math.Max(longest, run);
                }

                level = g;
                run = 1;
            }
            else if (level != -1)
            {
                runs[(rowOfLevel[level] * maxRun) + run - 1]++;
                longest = Math.Max(longest, run);
                level = -1;
            }
        }

        if (level != -1)
        {
            runs[(rowOfLevel[level] * maxRun) + run - 1]++;
            longest = Math.Max(longest, run);
        }

        Longest = longest;
        return roiVoxels;
    }
}
