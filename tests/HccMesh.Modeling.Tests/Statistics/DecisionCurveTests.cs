using HccMesh.Modeling.Statistics.DecisionCurves;
using HccMesh.TestData;
using Xunit.Abstractions;
using static HccMesh.Modeling.Tests.Statistics.StatsTinyFixture;

namespace HccMesh.Modeling.Tests.Statistics;

/// <summary>
/// Reference: stats-tiny/expected.json "dca" (net benefit in plain R 4.2.2 from its definition).
/// Counts are exact, so net benefit is held to 1e-12 absolute (values are O(0.1) and reach 0 / negatives).
/// </summary>
public class DecisionCurveTests(ITestOutputHelper output)
{
    [TestDataTheory]
    [InlineData("p_ext")]
    [InlineData("p_combined")]
    public void Net_benefit_matches_the_fixture(string model)
    {
        var p = model == "p_ext" ? Column(r => r.PExt) : Numbers("predictions", model);
        var thresholds = Numbers("dca", "thresholds");
        Assert.Equal(DecisionCurve.DefaultThresholds(), thresholds);

        var result = DecisionCurve.Compute(p, Outcome());
        var expectedModel = Numbers("dca", model);
        var expectedAll = Numbers("dca", "treat_all");
        var expectedNone = Numbers("dca", "treat_none");
        Assert.Equal(Number("dca", "prevalence"), result.Prevalence, 1e-15);
        Assert.Equal(99, result.Model.Count);
        var max = 0.0;
        for (var t = 0; t < thresholds.Length; t++)
        {
            max = Math.Max(max, AssertAbsolute(expectedModel[t], result.Model[t], 1e-12, $"{model} NB at {thresholds[t]}"));
            max = Math.Max(max, AssertAbsolute(expectedAll[t], result.TreatAll[t], 1e-12, $"treat all at {thresholds[t]}"));
            Assert.Equal(expectedNone[t], result.TreatNone[t]);
        }

        output.WriteLine($"{model}: max abs error {max:E2}");
    }

    [Fact]
    public void Patient_exactly_at_threshold_is_treated()
    {
        // One case at p = 0.5 = pt: treated, NB = 1/2 − 0 = 0.5 (definition "treated when p ≥ pt").
        var result = DecisionCurve.Compute([0.5, 0.2], [1, 0], [0.5]);
        Assert.Equal(0.5, result.Model[0], 1e-15);
    }
}
