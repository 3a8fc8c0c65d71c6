namespace HccMesh.Imaging.Tests.Filters;

/// <summary>
/// The few PyRadiomics first-order values needed to compare filtered images with the references
/// (spec §8): over the mask voxels, Mean, Minimum, Maximum, population Variance, NumPy-linear
/// Median and Energy Σx² (voxelArrayShift 0).
/// </summary>
internal sealed record RoiFirstOrder(double Mean, double Minimum, double Maximum, double Variance, double Median, double Energy)
{
    public static RoiFirstOrder Of(Volume image, Volume mask, int label)
    {
        var values = new List<double>();
        for (int i = 0; i < image.Voxels.Length; i++)
        {
            if (mask.Voxels[i] == label)
            {
                values.Add(image.Voxels[i]);
            }
        }

        var x = values.ToArray();
        double sum = 0, energy = 0;
        foreach (double v in x)
        {
            sum += v;
            energy += v * v;
        }

        double mean = sum / x.Length;
        double squares = 0;
        foreach (double v in x)
        {
            squares += (v - mean) * (v - mean);
        }

        Array.Sort(x);
        double position = (x.Length - 1) * 0.5;
        int lower = (int)Math.Floor(position);
        int upper = Math.Min(lower + 1, x.Length - 1);
        double fraction = position - lower;
        double median = x[lower] + ((x[upper] - x[lower]) * fraction);
        return new RoiFirstOrder(mean, x[0], x[^1], squares / x.Length, median, energy);
    }

    public double this[string feature] => feature switch
    {
        "Mean" => Mean,
        "Minimum" => Minimum,
        "Maximum" => Maximum,
        "Variance" => Variance,
        "Median" => Median,
        "Energy" => Energy,
        _ => throw new ArgumentException(feature),
    };
}
