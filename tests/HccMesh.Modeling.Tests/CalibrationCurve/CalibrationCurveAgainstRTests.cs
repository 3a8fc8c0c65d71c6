using System.Text.Json;
using HccMesh.Modeling.Statistics.Calibration;
using HccMesh.Modeling.Tests.Statistics;
using HccMesh.TestData;
using Xunit.Abstractions;
using static HccMesh.Modeling.Tests.CalibrationCurve.CalibrationCurveFixture;
using BinnedCalibration = HccMesh.Modeling.Statistics.Calibration.CalibrationCurve;

namespace HccMesh.Modeling.Tests.CalibrationCurve;

/// <summary>
/// Reference: Fixtures/calibration-curve/calibration-curve-expected.json (R 4.2.2: hoslem.test-style quantile groups via
/// quantile type 7 + cut(right, include.lowest); binom.test / prop.test(correct = FALSE) conf.int; mean, min, max).
/// Counts, events, rates, min and max are exact. Mean predicted: 1e-14 relative (R's mean sums in long double).
/// Wilson: closed form, 1e-13 relative. Clopper–Pearson: qbeta inverted by bisection on MathNet's regularized
/// incomplete beta, 1e-10 relative (measured ≈ 1e-12).
/// </summary>
public class CalibrationCurveAgainstRTests(ITestOutputHelper output)
{
    public static TheoryData<int> StatsTinyCases() => CaseIndices(usesStatsTiny: true);

    public static TheoryData<int> SelfContainedCases() => CaseIndices(usesStatsTiny: false);

    [TestDataTheory]
    [MemberData(nameof(StatsTinyCases))]
    public void Bins_of_stats_tiny_match_R(int index) => AssertCaseMatches(Cases[index]);

    [Theory]
    [MemberData(nameof(SelfContainedCases))]
    public void Bins_of_synthetic_and_edge_cases_match_R(int index) => AssertCaseMatches(Cases[index]);

    [Fact]
    public void Interval_grid_matches_binom_test_and_prop_test()
    {
        var grid = Expected.GetProperty("interval_grid");
        var level = Doubles(grid.GetProperty("conf_level"));
        var n = Integers(grid.GetProperty("n"));
        var x = Integers(grid.GetProperty("x"));
        var cpLower = Doubles(grid.GetProperty("clopper_pearson_lower"));
        var cpUpper = Doubles(grid.GetProperty("clopper_pearson_upper"));
        var wLower = Doubles(grid.GetProperty("wilson_lower"));
        var wUpper = Doubles(grid.GetProperty("wilson_upper"));
        double maxCp = 0, maxWilson = 0;
        for (var i = 0; i < n.Length; i++)
        {
            var what = $"x = {x[i]}, n = {n[i]}, level {level[i]}";
            var cp = BinomialConfidence.ClopperPearson(x[i], n[i], level[i]);
            maxCp = Math.Max(maxCp, StatsTinyFixture.AssertRelative(cpLower[i], cp.Lower, 1e-10, "CP lower " + what));
            maxCp = Math.Max(maxCp, StatsTinyFixture.AssertRelative(cpUpper[i], cp.Upper, 1e-10, "CP upper " + what));
            var wilson = BinomialConfidence.Wilson(x[i], n[i], level[i]);
            maxWilson = Math.Max(maxWilson, StatsTinyFixture.AssertRelative(wLower[i], wilson.Lower, 1e-13, "Wilson lower " + what));
            maxWilson = Math.Max(maxWilson, StatsTinyFixture.AssertRelative(wUpper[i], wilson.Upper, 1e-13, "Wilson upper " + what));
        }

        output.WriteLine($"{n.Length} (x, n, level): max rel error Clopper–Pearson {maxCp:E2}, Wilson {maxWilson:E2}");
    }

    private static TheoryData<int> CaseIndices(bool usesStatsTiny)
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Cases.Count; i++)
        {
            if (UsesStatsTiny(Cases[i]) == usesStatsTiny)
            {
                data.Add(i);
            }
        }

        return data;
    }

    private void AssertCaseMatches(JsonElement testCase)
    {
        var name = $"{testCase.GetProperty("input").GetString()} g={testCase.GetProperty("groups").GetInt32()} {testCase.GetProperty("interval").GetString()} {testCase.GetProperty("conf_level").GetDouble()}";
        var (p, y) = Input(testCase.GetProperty("input").GetString()!);
        var bins = BinnedCalibration.Binned(p, y, testCase.GetProperty("groups").GetInt32(), Interval(testCase), testCase.GetProperty("conf_level").GetDouble());

        var count = Integers(testCase.GetProperty("count"));
        var events = Integers(testCase.GetProperty("events"));
        var mean = Doubles(testCase.GetProperty("mean_predicted"));
        var rate = Doubles(testCase.GetProperty("observed_rate"));
        var lower = Doubles(testCase.GetProperty("lower"));
        var upper = Doubles(testCase.GetProperty("upper"));
        var min = Doubles(testCase.GetProperty("predicted_min"));
        var max = Doubles(testCase.GetProperty("predicted_max"));
        var boundTolerance = Interval(testCase) == BinomialInterval.ClopperPearson ? 1e-10 : 1e-13;

        Assert.Equal(count, bins.Select(b => b.Count));
        Assert.Equal(events, bins.Select(b => b.Events));
        Assert.Equal(rate, bins.Select(b => b.ObservedRate));
        Assert.Equal(min, bins.Select(b => b.PredictedMin));
        Assert.Equal(max, bins.Select(b => b.PredictedMax));
        double maxMean = 0, maxBound = 0;
        for (var b = 0; b < bins.Count; b++)
        {
            maxMean = Math.Max(maxMean, StatsTinyFixture.AssertRelative(mean[b], bins[b].MeanPredicted, 1e-14, $"{name} bin {b} mean"));
            maxBound = Math.Max(maxBound, StatsTinyFixture.AssertRelative(lower[b], bins[b].Lower, boundTolerance, $"{name} bin {b} lower"));
            maxBound = Math.Max(maxBound, StatsTinyFixture.AssertRelative(upper[b], bins[b].Upper, boundTolerance, $"{name} bin {b} upper"));
        }

        output.WriteLine($"{name}: {bins.Count} bins, max rel error mean {maxMean:E2}, bounds {maxBound:E2}");
    }
}
