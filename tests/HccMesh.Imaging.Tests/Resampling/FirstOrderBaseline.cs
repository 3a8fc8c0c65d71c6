using System.Globalization;
using HccMesh.TestData;

namespace HccMesh.Imaging.Tests.Resampling;

/// <summary>
/// A few plain statistics of ROI intensities compared with pyradiomics/baseline/baseline_firstorder.csv
/// (Mean, Minimum, Maximum, Median, Variance with N, Energy = Σx² with voxelArrayShift 0). Test-side arithmetic only:
/// it checks that the voxel values handed to the feature classes are PyRadiomics' values.
/// </summary>
internal static class FirstOrderBaseline
{
    public static double Value(string column, string feature)
    {
        var lines = File.ReadAllLines(TestDataLocation.PathOf("pyradiomics", "baseline", "baseline_firstorder.csv"));
        int index = Array.IndexOf(lines[0].Split(','), column);
        Assert.True(index > 0, $"column {column} missing");
        var row = lines.First(l => l.StartsWith("original_firstorder_" + feature + ",", StringComparison.Ordinal)).Split(',');
        return double.Parse(row[index], CultureInfo.InvariantCulture);
    }

    public static double[] RoiValues(Volume image, Volume mask, int label)
    {
        var values = new List<double>();
        for (int i = 0; i < mask.Voxels.Length; i++)
        {
            if (mask.Voxels[i] == label)
            {
                values.Add(image.Voxels[i]);
            }
        }

        return [.. values];
    }

    public static (double Mean, double Min, double Max, double Median, double Variance, double Energy) Statistics(double[] x)
    {
        double mean = x.Sum() / x.Length;
        double variance = x.Sum(v => (v - mean) * (v - mean)) / x.Length;
        var sorted = x.Order().ToArray();
        double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        return (mean, sorted[0], sorted[^1], median, variance, x.Sum(v => v * v));
    }
}
