using System.Text.Json;
using HccMesh.Modeling.Statistics.Logistic;
using Xunit.Abstractions;
using static HccMesh.Pipeline.Tests.TrainVsR.TrainVsRFixture;

namespace HccMesh.Pipeline.Tests.TrainVsR;

/// <summary>
/// The clinical half of <c>hccmesh train</c> against R's <c>glm(family = binomial)</c> on Fixtures/train-vs-r: univariate
/// screen of BMI, MVI, PV, ALB (Wald p &lt; 0.05), multivariate model of the survivors, independent factors refit (the
/// clinical model), and glm(ehm ~ factors + radscore) with the radscore of the converged (thresh = 1e-22) glmnet fit. Every
/// coefficient, SE, z, p, OR and Wald CI exp(β ± qnorm(0.975)·SE) to 1e-8 relative.
/// </summary>
public sealed class ClinicalModelsAgainstGlmTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-8;

    private static TrainVsRRun Run => TrainVsRRun.Instance;

    [Theory]
    [InlineData("BMI")]
    [InlineData("MVI")]
    [InlineData("PV")]
    [InlineData("ALB")]
    public void Univariate_fit_matches_glm(string variable) =>
        AssertSameFit(Run.Model.Clinical.Univariate.Fits[variable], At("clinical", "univariate", variable), "univariate " + variable);

    [Fact]
    public void Screen_keeps_the_variables_R_keeps_and_finds_the_same_independent_factors()
    {
        Assert.Equal(Strings("clinical", "survivors"), Run.Model.Clinical.Univariate.Selected);
        Assert.Equal(Strings("clinical", "independent"), Run.Model.Clinical.IndependentFactors);
    }

    [Fact]
    public void Multivariate_fit_of_the_survivors_matches_glm() =>
        AssertSameFit(Run.Model.Clinical.Multivariate!, At("clinical", "multivariate"), "multivariate");

    [Fact]
    public void Clinical_model_of_the_independent_factors_matches_glm() =>
        AssertSameFit(Run.Model.Clinical.Model!, At("clinical", "clinical_model"), "clinical model");

    [Fact]
    public void Combined_model_matches_glm_on_the_converged_radscore() =>
        AssertSameFit(Run.Model.Combined, At("clinical", "combined_model"), "combined model");

    private void AssertSameFit(LogisticRegressionResult ours, JsonElement r, string what)
    {
        var terms = r.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToArray();
        Assert.Equal(terms, ours.Terms.Select(t => t.Name));
        var errors = new (string Name, double Error)[]
        {
            ("beta", Agreement.MaxRelative(ours.Terms.Select(t => t.Beta).ToArray(), Numbers(r.GetProperty("beta")))),
            ("se", Agreement.MaxRelative(ours.Terms.Select(t => t.StandardError).ToArray(), Numbers(r.GetProperty("se")))),
            ("z", Agreement.MaxRelative(ours.Terms.Select(t => t.Z).ToArray(), Numbers(r.GetProperty("z")))),
            ("p", Agreement.MaxRelative(ours.Terms.Select(t => t.P).ToArray(), Numbers(r.GetProperty("p")))),
            ("or", Agreement.MaxRelative(ours.Terms.Select(t => t.OddsRatio).ToArray(), Numbers(r.GetProperty("or")))),
            ("or_lower", Agreement.MaxRelative(ours.Terms.Select(t => t.OddsRatioLower).ToArray(), Numbers(r.GetProperty("or_lower")))),
            ("or_upper", Agreement.MaxRelative(ours.Terms.Select(t => t.OddsRatioUpper).ToArray(), Numbers(r.GetProperty("or_upper")))),
            ("deviance", Agreement.Relative(ours.Deviance, r.GetProperty("deviance").GetDouble())),
            ("null_deviance", Agreement.Relative(ours.NullDeviance, r.GetProperty("null_deviance").GetDouble())),
            ("aic", Agreement.Relative(ours.Aic, r.GetProperty("aic").GetDouble())),
        };
        output.WriteLine($"{what} ({string.Join(" + ", terms)}): max relative error " +
            string.Join(", ", errors.Select(e => $"{e.Name} {e.Error:E1}")) + $"; iterations {ours.Iterations} vs glm {r.GetProperty("iter").GetInt32()}");
        Assert.Equal(r.GetProperty("iter").GetInt32(), ours.Iterations);
        foreach (var (name, error) in errors)
        {
            Assert.True(error <= Tolerance, $"{what}: {name} max relative error {error:E3}");
        }
    }
}
