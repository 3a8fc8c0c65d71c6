namespace HccMesh.Modeling.Cohorts;

/// <summary>R's <c>median</c>: the middle value, or the mean of the two middle values when the count is even.</summary>
public static class Median
{
    public static double Of(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("the median of no values is undefined", nameof(values));
        }

        var sorted = values.ToArray();
        Array.Sort(sorted);
        var half = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2.0;
    }
}
