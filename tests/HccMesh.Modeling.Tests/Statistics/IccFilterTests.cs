using HccMesh.Modeling.Statistics.Reliability;

namespace HccMesh.Modeling.Tests.Statistics;

public class IccFilterTests
{
    [Fact]
    public void Keeps_features_strictly_above_threshold_in_input_order()
    {
        string[] features = ["a", "b", "c", "d", "e", "f"];
        double[] icc = [0.90, 0.75, 0.7500001, 0.20, double.NaN, 0.99];

        var kept = IccFilter.Keep(features, icc);

        Assert.Equal(["a", "c", "f"], kept);
    }

    [Fact]
    public void Custom_threshold_is_honoured()
    {
        Assert.Equal(["x"], IccFilter.Keep(["x", "y"], [0.95, 0.85], threshold: 0.9));
    }

    [Fact]
    public void Mismatched_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => IccFilter.Keep(["x", "y"], [0.95]));
    }
}
