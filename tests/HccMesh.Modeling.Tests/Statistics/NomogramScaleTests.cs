using HccMesh.Modeling.Statistics.Nomogram;
using HccMesh.TestData;
using Xunit.Abstractions;

namespace HccMesh.Modeling.Tests.Statistics;

public sealed class NomogramScaleTests(ITestOutputHelper output)
{
    // Points are O(100) sums/products of the same full-precision coefficients: 1e-10 absolute ≈ 1e-12 relative.
    private const double PointsTolerance = 1e-10;

    // Ticks are multiples of 0.5 or 2 produced by the same seq arithmetic as R.
    private const double TickTolerance = 1e-12;

    [Theory]
    [InlineData(0.0, 1.0, 5, new[] { 0, 0.2, 0.4, 0.6, 0.8, 1 })]
    [InlineData(1.0, 10.0, 5, new[] { 0.0, 2, 4, 6, 8, 10 })]
    [InlineData(0.0, 100.0, 5, new[] { 0.0, 20, 40, 60, 80, 100 })]
    public void Pretty_reproduces_well_known_R_outputs(double min, double max, int n, double[] expected)
    {
        // Reference: R `pretty(c(0, 1))`, `pretty(c(1, 10))`, `pretty(c(0, 100))` (documented R output).
        var ticks = PrettyAxis.Ticks(min, max, n);
        Assert.Equal(expected.Length, ticks.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], ticks[i], TickTolerance);
        }
    }

    [TestDataFact]
    public void Axis_ticks_are_R_pretty_of_the_training_range()
    {
        // Reference: nomogram.data_range and nomogram.variables.<v>.axis_values (rms 6.5 nomogram, pretty with ~10 intervals).
        foreach (var (name, values) in new[] { ("alb", RocFixtureInputs.Scores("alb")), ("radscore", RocFixtureInputs.Scores("radscore")) })
        {
            var range = StatsTinyFixture.Numbers("nomogram", "data_range", name);
            Assert.Equal(range[0], values.Min());
            Assert.Equal(range[1], values.Max());
            var expected = StatsTinyFixture.Numbers("nomogram", "variables", name, "axis_values");
            var ticks = PrettyAxis.Ticks(range[0], range[1], 10);
            Assert.Equal(expected.Length, ticks.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.Equal(expected[i], ticks[i], TickTolerance);
            }
        }
    }

    [TestDataFact]
    public void Points_scale_and_totals_match_rms_nomogram()
    {
        // Reference: stats-tiny expected.json "nomogram" (rms 6.5 lrm + nomogram, maxscale 100).
        var scale = BuildFixtureNomogram();
        Assert.Equal(StatsTinyFixture.Number("nomogram", "points_per_lp_unit"), scale.PointsPerLpUnit, 1e-12);
        Assert.Equal(StatsTinyFixture.Number("nomogram", "lp_at_zero_points"), scale.LpAtZeroPoints, 1e-12);

        var maxError = 0.0;
        for (var v = 0; v < scale.Variables.Count; v++)
        {
            var expected = StatsTinyFixture.Numbers("nomogram", "variables", scale.Variables[v].Name, "points");
            var points = scale.AxisPoints(v);
            Assert.Equal(expected.Length, points.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                maxError = Math.Max(maxError, Math.Abs(points[i] - expected[i]));
                Assert.Equal(expected[i], points[i], PointsTolerance);
            }
        }

        var mvi = RocFixtureInputs.Scores("mvi");
        var alb = RocFixtureInputs.Scores("alb");
        var radscore = RocFixtureInputs.Scores("radscore");

        // rms places the risk ticks by interpolating a 1000-point table of plogis over pretty(range(lp)).
        var linearPredictors = new double[mvi.Length];
        for (var i = 0; i < mvi.Length; i++)
        {
            linearPredictors[i] = scale.Intercept + (scale.Variables[0].Coefficient * mvi[i])
                + (scale.Variables[1].Coefficient * alb[i]) + (scale.Variables[2].Coefficient * radscore[i]);
        }

        var risks = StatsTinyFixture.Numbers("nomogram", "risk_axis", "risk");
        var riskPoints = StatsTinyFixture.Numbers("nomogram", "risk_axis", "total_points");
        var drawn = NomogramRiskAxis.TotalPointsAsDrawn(scale, risks, linearPredictors);
        for (var i = 0; i < risks.Length; i++)
        {
            maxError = Math.Max(maxError, Math.Abs(drawn[i] - riskPoints[i]));
            Assert.Equal(riskPoints[i], drawn[i], PointsTolerance);
            output.WriteLine($"risk {risks[i]}: exact inverse differs from rms's interpolated tick by {scale.TotalPointsForRisk(risks[i]) - riskPoints[i]:E2} points");
        }

        var totals = StatsTinyFixture.Numbers("nomogram", "total_points_per_patient");
        for (var i = 0; i < totals.Length; i++)
        {
            var total = scale.TotalPoints([mvi[i], alb[i], radscore[i]]);
            maxError = Math.Max(maxError, Math.Abs(total - totals[i]));
            Assert.Equal(totals[i], total, PointsTolerance);
        }

        output.WriteLine($"nomogram: max absolute points error {maxError:E2}");
    }

    [Fact]
    public void Widest_variable_spans_zero_to_max_scale_and_negative_coefficient_scores_low_end()
    {
        // b_a = 2 on ticks 0..5 → range 10; b_b = −1 on ticks 0..4 → range 4. sc = 100/10 = 10.
        // a: points(5) = 10·(10 − 0) = 100. b: min b·x = −4 at x = 4, so points(0) = 10·(0 − (−4)) = 40, points(4) = 0.
        var scale = NomogramScale.Build(0.5, [new("a", 2, [0, 1, 2, 3, 4, 5]), new("b", -1, [0, 2, 4])]);
        Assert.Equal(10, scale.PointsPerLpUnit, 1e-15);
        Assert.Equal(100, scale.Points(0, 5), 1e-12);
        Assert.Equal(40, scale.Points(1, 0), 1e-12);
        Assert.Equal(0, scale.Points(1, 4), 1e-12);
        // lp₀ = 0.5 + 0 + (−4) = −3.5; a = 1, b = 2 → lp = 0.5 + 2 − 2 = 0.5 → total = 10·(0.5 + 3.5) = 40 = 20 + 20.
        Assert.Equal(-3.5, scale.LpAtZeroPoints, 1e-15);
        Assert.Equal(40, scale.TotalPoints([1, 2]), 1e-12);
        Assert.Equal(scale.Points(0, 1) + scale.Points(1, 2), scale.TotalPoints([1, 2]), 1e-12);
        // Risk 0.5 ↔ lp 0 → 10·(0 + 3.5) = 35 points (exact inverse of the logistic).
        Assert.Equal(35, scale.TotalPointsForRisk(0.5), 1e-12);
    }

    private static NomogramScale BuildFixtureNomogram()
    {
        double Coefficient(string name) => StatsTinyFixture.Number("nomogram", "coefficients", name);
        double[] Pretty(string name)
        {
            var range = StatsTinyFixture.Numbers("nomogram", "data_range", name);
            return PrettyAxis.Ticks(range[0], range[1], 10);
        }

        return NomogramScale.Build(
            Coefficient("Intercept"),
            [
                new NomogramVariable("mvi", Coefficient("mvi"), [0, 1]),
                new NomogramVariable("alb", Coefficient("alb"), Pretty("alb")),
                new NomogramVariable("radscore", Coefficient("radscore"), Pretty("radscore")),
            ]);
    }
}
