namespace HccMesh.Radiomics.Pipeline;

/// <summary>
/// PyRadiomics' resegmentMask (imageoperations.py). Thresholds: absolute = the values; relative = value·max(ROI);
/// sigma = mean(ROI) + value·std(ROI) (population std). One threshold keeps x ≥ t, two keep t_lo ≤ x ≤ t_hi.
/// Fewer than 2 voxels left is an error.
/// </summary>
internal static class Resegmentation
{
    public static bool[] Apply(double[] image, bool[] roi, RadiomicsSettings s)
    {
        var range = s.ResegmentRange ?? throw new RadiomicsException("resegmentRange is not set");
        var sorted = range.OrderBy(v => v).ToArray();
        var values = new List<double>();
        for (int i = 0; i < roi.Length; i++)
        {
            if (roi[i]) { values.Add(image[i]); }
        }

        double[] thresholds = s.ResegmentMode switch
        {
            "absolute" => sorted,
            "relative" => [.. sorted.Select(t => values.Max() * t)],
            "sigma" => SigmaThresholds(values, sorted),
            _ => throw new RadiomicsException($"resegmentMode '{s.ResegmentMode}' is not absolute, relative or sigma"),
        };

        var result = new bool[roi.Length];
        int kept = 0;
        for (int i = 0; i < roi.Length; i++)
        {
            if (roi[i] && image[i] >= thresholds[0] && (thresholds.Length == 1 || image[i] <= thresholds[1]))
            {
                result[i] = true;
                kept++;
            }
        }

        if (kept <= 1)
        {
            throw new RadiomicsException(
                $"resegmentation excluded too many voxels with label {s.Label} (retained {kept} voxel(s)): cannot extract features");
        }

        return result;
    }

    private static double[] SigmaThresholds(List<double> values, double[] sorted)
    {
        var arr = values.ToArray();
        double mean = Numerics.NumPyCompat.PairwiseSum(arr) / arr.Length;
        var sq = new double[arr.Length];
        for (int i = 0; i < arr.Length; i++)
        {
            double d = arr[i] - mean;
            sq[i] = d * d;
        }

        double sd = Math.Sqrt(Numerics.NumPyCompat.PairwiseSum(sq) / arr.Length);
        return [.. sorted.Select(t => mean + (sd * t))];
    }
}
