using HccMesh.Reporting.Figures;

namespace HccMesh.Reporting.Tests.Figures;

public sealed class LassoPathFigureTests
{
    [Fact]
    public void Svg_is_well_formed_and_names_every_feature_on_the_path_and_both_lambdas()
    {
        var (lambda, coefficients, _) = SampleFigureData.LassoPath();
        var (_, _, lambdaMin, lambda1Se) = SampleFigureData.CrossValidation(lambda);
        var figure = LassoPathFigure.Render("lasso-path", lambda, coefficients, SampleFigureData.FeatureNames, lambdaMin, lambda1Se);

        var texts = FigureAssert.WellFormedSvg(figure.Svg);
        FigureAssert.ContainsText(texts, "log(λ)");
        FigureAssert.ContainsText(texts, "Coefficient");
        FigureAssert.ContainsText(texts, "Number of non-zero coefficients");
        foreach (var feature in SampleFigureData.FeatureNames)
        {
            FigureAssert.ContainsText(texts, feature);
        }

        Assert.Contains(texts, t => t.StartsWith("λ.min = ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("λ.1se = ", StringComparison.Ordinal));
        FigureAssert.SelfContained(figure.Svg);
        FigureAssert.PngOfSize(figure.Png, LassoPathFigure.DefaultWidth, LassoPathFigure.DefaultHeight);
    }

    [Fact]
    public void Feature_that_is_zero_along_the_whole_path_gets_no_line_or_legend_entry()
    {
        double[] lambda = [0.3, 0.1, 0.03];
        IReadOnlyList<double>[] coefficients = [[0, 0], [0.2, 0], [0.5, 0]];
        var figure = LassoPathFigure.Render("path", lambda, coefficients, ["Kept", "NeverSelected"], 0.1, 0.3);

        var texts = FigureAssert.WellFormedSvg(figure.Svg);
        FigureAssert.ContainsText(texts, "Kept");
        Assert.DoesNotContain("NeverSelected", texts);
    }

    [Fact]
    public void Same_input_renders_byte_identical_svg_and_png()
    {
        var (lambda, coefficients, _) = SampleFigureData.LassoPath();
        var first = LassoPathFigure.Render("lasso-path", lambda, coefficients, SampleFigureData.FeatureNames, lambda[30], lambda[25]);
        var second = LassoPathFigure.Render("lasso-path", lambda, coefficients, SampleFigureData.FeatureNames, lambda[30], lambda[25]);
        Assert.Equal(first.Svg, second.Svg);
        Assert.Equal(first.Png, second.Png);
    }

    [Fact]
    public void Coefficient_row_of_the_wrong_width_is_refused_naming_the_row()
    {
        IReadOnlyList<double>[] coefficients = [[0, 0], [0.2]];
        var error = Assert.Throws<ArgumentException>(() => LassoPathFigure.Render("p", [0.3, 0.1], coefficients, ["a", "b"], 0.1, 0.3));
        Assert.Contains("coefficient row 1", error.Message);
    }

    [Fact]
    public void Non_positive_lambda_is_refused()
    {
        IReadOnlyList<double>[] coefficients = [[0], [0.2]];
        var error = Assert.Throws<ArgumentException>(() => LassoPathFigure.Render("p", [0.3, 0], coefficients, ["a"], 0.3, 0.3));
        Assert.Contains("Lambda[1] = 0 is not positive", error.Message);
    }

    [Fact]
    public void Lambda_min_outside_the_sequence_is_refused()
    {
        IReadOnlyList<double>[] coefficients = [[0], [0.2]];
        var error = Assert.Throws<ArgumentException>(() => LassoPathFigure.Render("p", [0.3, 0.1], coefficients, ["a"], 0.01, 0.3));
        Assert.Contains("lambdaMin", error.Message);
        Assert.Contains("outside the lambda sequence", error.Message);
    }

    [Fact]
    public void Non_finite_coefficient_is_refused()
    {
        IReadOnlyList<double>[] coefficients = [[0], [double.NaN]];
        var error = Assert.Throws<ArgumentException>(() => LassoPathFigure.Render("p", [0.3, 0.1], coefficients, ["a"], 0.1, 0.3));
        Assert.Contains("Coefficient row 1[0] is not finite", error.Message);
    }
}
