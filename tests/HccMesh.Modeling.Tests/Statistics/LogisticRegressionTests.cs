using HccMesh.Modeling.Statistics.Logistic;
using HccMesh.TestData;
using Xunit.Abstractions;
using static HccMesh.Modeling.Tests.Statistics.StatsTinyFixture;

namespace HccMesh.Modeling.Tests.Statistics;

/// <summary>
/// Reference: stats-tiny/expected.json "univariate", "multivariate", "predictions" (R 4.2.2 glm binomial, IRLS ε = 1e-8).
/// The fit runs the same IRLS as glm.fit, so it stops at the same iterate: estimates, SEs and deviances
/// are required to agree to 1e-9 relative (floating-point path differences only); p and CI bounds too.
/// </summary>
public class LogisticRegressionTests(ITestOutputHelper output)
{
    private const double IrlsTolerance = 1e-9;

    private static readonly string[] TermFields = ["beta", "se", "z", "p", "or", "or_ci_lower", "or_ci_upper"];

    private static Dictionary<string, double[]> Candidates() => new(StringComparer.Ordinal)
    {
        ["mvi"] = Column(r => r.Mvi),
        ["alb"] = Column(r => r.Alb),
        ["radscore"] = Numbers("radscore", "values"),
    };

    [TestDataFact]
    public void Fixture_reads_40_patients_with_14_events()
    {
        // Counts from stats-tiny/README.md and expected.json meta.
        Assert.Equal(40, Rows.Count);
        Assert.Equal(14, Rows.Count(r => r.Ehm == 1));
        Assert.Equal((int)Number("meta", "n"), Rows.Count);
        Assert.Equal(0.172, Rows[0].PExt);
    }

    [TestDataFact]
    public void Univariate_fits_match_R_glm()
    {
        var y = Outcome();
        var screen = UnivariateScreen.Run(Candidates(), ["mvi", "alb", "radscore"], y);
        var max = 0.0;
        foreach (var name in new[] { "mvi", "alb", "radscore" })
        {
            max = Math.Max(max, AssertTerm(At("univariate", name), screen.Fits[name][name], "univariate " + name));
        }

        output.WriteLine($"univariate max relative error {max:E2}");
    }

    [TestDataFact]
    public void Univariate_screen_keeps_only_radscore_at_p_below_005()
    {
        // expected.json univariate p: mvi 0.973, alb 0.309, radscore 0.00246.
        var screen = UnivariateScreen.Run(Candidates(), ["mvi", "alb", "radscore"], Outcome());
        Assert.Equal(["radscore"], screen.Selected);

        var survivors = UnivariateScreen.ScreenAndFit(Candidates(), ["mvi", "alb", "radscore"], Outcome());
        Assert.Equal([LogisticRegression.InterceptName, "radscore"], survivors.Terms.Select(t => t.Name));
        AssertTerm(At("univariate", "radscore"), survivors["radscore"], "screened multivariate radscore");
    }

    [TestDataTheory]
    [InlineData("clinical", new[] { "mvi", "alb" }, "p_clinical")]
    [InlineData("combined", new[] { "mvi", "alb", "radscore" }, "p_combined")]
    public void Multivariate_fit_matches_R_glm(string model, string[] variables, string predictions)
    {
        var fit = UnivariateScreen.FitMultivariate(Candidates(), variables, Outcome());
        var expected = At("multivariate", model);
        var max = 0.0;
        foreach (var term in fit.Terms)
        {
            max = Math.Max(max, AssertTerm(expected.GetProperty("terms").GetProperty(term.Name), term, model + " " + term.Name));
        }

        max = Math.Max(max, AssertRelative(Number(expected.GetProperty("deviance")), fit.Deviance, IrlsTolerance, "deviance"));
        max = Math.Max(max, AssertRelative(Number(expected.GetProperty("null_deviance")), fit.NullDeviance, IrlsTolerance, "null deviance"));
        max = Math.Max(max, AssertRelative(Number(expected.GetProperty("aic")), fit.Aic, IrlsTolerance, "AIC"));

        var vcov = Numbers(expected.GetProperty("vcov"));
        var k = fit.Terms.Count;
        Assert.Equal(k * k, vcov.Length);
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                max = Math.Max(max, AssertRelative(vcov[a * k + b], fit.Covariance[a, b], IrlsTolerance, $"vcov[{a},{b}]"));
            }
        }

        var expectedP = Numbers("predictions", predictions);
        for (var i = 0; i < expectedP.Length; i++)
        {
            max = Math.Max(max, AssertRelative(expectedP[i], fit.FittedProbabilities[i], IrlsTolerance, $"{predictions}[{i}]"));
        }

        output.WriteLine($"{model}: {fit.Iterations} iterations, max relative error {max:E2}");
    }

    [TestDataFact]
    public void Predict_reproduces_fitted_probabilities()
    {
        var candidates = Candidates();
        var fit = UnivariateScreen.FitMultivariate(candidates, ["mvi", "alb", "radscore"], Outcome());
        for (var i = 0; i < Rows.Count; i++)
        {
            var p = fit.Predict([candidates["mvi"][i], candidates["alb"][i], candidates["radscore"][i]]);
            Assert.Equal(fit.FittedProbabilities[i], p, 1e-14);
        }
    }

    [TestDataFact]
    public void Matrix_overload_gives_the_same_fit_as_rows()
    {
        var candidates = Candidates();
        var x = new double[Rows.Count, 2];
        for (var i = 0; i < Rows.Count; i++)
        {
            x[i, 0] = candidates["mvi"][i];
            x[i, 1] = candidates["alb"][i];
        }

        var fromMatrix = LogisticRegression.Fit(x, Outcome(), ["mvi", "alb"]);
        var fromRows = UnivariateScreen.FitMultivariate(candidates, ["mvi", "alb"], Outcome());
        Assert.Equal(fromRows.Terms, fromMatrix.Terms);
    }

    [Fact]
    public void Complete_separation_is_reported_with_the_variable_named()
    {
        // x perfectly separates y: the MLE does not exist (R glm warns "fitted probabilities numerically 0 or 1").
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8];
        double[] y = [0, 0, 0, 0, 1, 1, 1, 1];
        double[] noise = [0.3, -0.1, 0.2, 0.0, -0.2, 0.1, -0.3, 0.05];
        var rows = x.Select((v, i) => new[] { noise[i], v }).ToArray();

        var error = Assert.Throws<SeparationException>(() => LogisticRegression.Fit(rows, y, ["noise", "dose"]));
        Assert.Equal("dose", error.Variable);
    }

    [Fact]
    public void Quasi_complete_separation_is_reported()
    {
        // y is always 1 at x = 1 but mixed at x = 0: β(x) → +∞ while the x = 0 rows keep a finite fit.
        // R glm returns β ≈ 20 with a huge SE and no warning here; this must not pass silently.
        double[] x = [0, 0, 0, 0, 0, 1, 1, 1, 0, 0];
        double[] y = [0, 1, 0, 0, 1, 1, 1, 1, 0, 0];
        var rows = x.Select(v => new[] { v }).ToArray();

        var error = Assert.Throws<SeparationException>(() => LogisticRegression.Fit(rows, y, ["x"]));
        Assert.Equal("x", error.Variable);
    }

    [Fact]
    public void Strong_but_overlapping_effect_is_not_mistaken_for_separation()
    {
        // One crossing pair (x = 5, 6) keeps the MLE finite; the fit must succeed.
        double[] y = [0, 0, 0, 0, 1, 0, 1, 1, 1, 1];
        var rows = Enumerable.Range(1, 10).Select(v => new[] { (double)v }).ToArray();
        var fit = LogisticRegression.Fit(rows, y, ["x"]);
        Assert.True(fit["x"].Beta > 0.5);
        Assert.True(double.IsFinite(fit["x"].StandardError));
    }

    [Fact]
    public void Collinear_design_is_refused()
    {
        double[] y = [0, 1, 0, 1, 1, 0];
        var rows = new[] { 1.0, 2, 3, 4, 5, 6 }.Select(v => new[] { v, 2 * v }).ToArray();
        Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(rows, y, ["a", "twice_a"]));
    }

    [Fact]
    public void Intercept_only_fit_is_the_logit_of_the_event_rate()
    {
        // Closed form: β0 = logit(3/8). ε = 1e-14 so the IRLS iterate is the exact MLE. (The SE is checked against R's
        // summary.glm in the fixture tests, not against the closed form sqrt(1/(n·p·(1−p))): R takes it from the weights
        // of the step before the last, which are not those of the MLE.)
        double[] y = [1, 0, 0, 1, 0, 0, 1, 0];
        var fit = LogisticRegression.Fit(new double[8][].Select(_ => Array.Empty<double>()).ToArray(), y, [], epsilon: 1e-14);
        Assert.Equal(Math.Log(3.0 / 5.0), fit.Terms[0].Beta, 1e-10);
        Assert.Equal(fit.NullDeviance, fit.Deviance, 1e-10);
    }

    private static double AssertTerm(System.Text.Json.JsonElement expected, LogisticTerm actual, string what)
    {
        double[] values = [actual.Beta, actual.StandardError, actual.Z, actual.P, actual.OddsRatio, actual.OddsRatioLower, actual.OddsRatioUpper];
        var max = 0.0;
        for (var f = 0; f < TermFields.Length; f++)
        {
            max = Math.Max(max, AssertRelative(Number(expected.GetProperty(TermFields[f])), values[f], IrlsTolerance, $"{what} {TermFields[f]}"));
        }

        return max;
    }
}
