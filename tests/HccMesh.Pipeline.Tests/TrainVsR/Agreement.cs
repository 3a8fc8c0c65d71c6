namespace HccMesh.Pipeline.Tests.TrainVsR;

/// <summary>Largest disagreement between our numbers and R's, for the assertions and the measured figures printed.</summary>
internal static class Agreement
{
    /// <summary>|actual − expected| / |expected| (absolute when expected is 0).</summary>
    public static double Relative(double actual, double expected) =>
        actual == expected ? 0 : Math.Abs(actual - expected) / (expected == 0 ? 1 : Math.Abs(expected));

    public static double MaxRelative(IReadOnlyList<double> actual, IReadOnlyList<double> expected)
    {
        Assert.Equal(expected.Count, actual.Count);
        var max = 0.0;
        for (var i = 0; i < actual.Count; i++)
        {
            max = Math.Max(max, Relative(actual[i], expected[i]));
        }

        return max;
    }

    public static double MaxAbsolute(IReadOnlyList<double> actual, IReadOnlyList<double> expected)
    {
        Assert.Equal(expected.Count, actual.Count);
        var max = 0.0;
        for (var i = 0; i < actual.Count; i++)
        {
            max = Math.Max(max, Math.Abs(actual[i] - expected[i]));
        }

        return max;
    }
}
