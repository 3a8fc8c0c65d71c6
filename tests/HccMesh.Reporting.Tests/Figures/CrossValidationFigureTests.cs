using HccMesh.Reporting.Figures;

namespace HccMesh.Reporting.Tests.Figures;

public sealed class CrossValidationFigureTests
{
    [Theory]
    [InlineData("Binomial deviance")]
    [InlineData("AUC")]
    public void Svg_is_well_formed_and_shows_the_measure_lambda_axis_and_non_zero_counts(string measure)
    {
        var (lambda, _, nonZero) = SampleFigureData.LassoPath();
        var (cvm, cvsd, lambdaMin, lambda1Se) = SampleFigureData.CrossValidation(lambda);
        var figure = CrossValidationFigure.Render("lasso-cv", lambda, cvm, cvsd, nonZero, lambdaMin, lambda1Se, measure);

        var texts = FigureAssert.WellFormedSvg(figure.Svg);
        FigureAssert.ContainsText(texts, measure);
        FigureAssert.ContainsText(texts, "log(λ)");
        FigureAssert.ContainsText(texts, "Number of non-zero coefficients");
        FigureAssert.ContainsText(texts, nonZero[0].ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(texts, t => t.StartsWith("λ.min = ", StringComparison.Ordinal));
        FigureAssert.SelfContained(figure.Svg);
        FigureAssert.PngOfSize(figure.Png, CrossValidationFigure.DefaultWidth, CrossValidationFigure.DefaultHeight);
    }

    [Fact]
    public void With_a_title_the_top_axis_is_explained_in_the_bottom_axis_title()
    {
        // ScottPlot 5.1.59 draws the figure title where the top axis title goes; only one of them can be shown.
        var (lambda, _, nonZero) = SampleFigureData.LassoPath();
        var (cvm, cvsd, lambdaMin, lambda1Se) = SampleFigureData.CrossValidation(lambda);
        var figure = CrossValidationFigure.Render("cv", lambda, cvm, cvsd, nonZero, lambdaMin, lambda1Se, "AUC", "Tenfold CV");

        var texts = FigureAssert.WellFormedSvg(figure.Svg);
        FigureAssert.ContainsText(texts, "Tenfold CV");
        Assert.DoesNotContain("Number of non-zero coefficients", texts);
        Assert.Contains(texts, t => t.Contains("top axis: number of non-zero coefficients", StringComparison.Ordinal));
    }

    [Fact]
    public void Same_input_renders_byte_identical_svg_and_png()
    {
        var (lambda, _, nonZero) = SampleFigureData.LassoPath();
        var (cvm, cvsd, lambdaMin, lambda1Se) = SampleFigureData.CrossValidation(lambda);
        var first = CrossValidationFigure.Render("cv", lambda, cvm, cvsd, nonZero, lambdaMin, lambda1Se, "AUC");
        var second = CrossValidationFigure.Render("cv", lambda, cvm, cvsd, nonZero, lambdaMin, lambda1Se, "AUC");
        Assert.Equal(first.Svg, second.Svg);
        Assert.Equal(first.Png, second.Png);
    }

    [Fact]
    public void Cvsd_of_another_length_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            CrossValidationFigure.Render("cv", [0.3, 0.1], [1.2, 1.1], [0.05], [0, 1], 0.1, 0.3, "AUC"));
        Assert.Contains("Lambda/cvsd: lengths differ", error.Message);
    }

    [Fact]
    public void Negative_standard_deviation_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            CrossValidationFigure.Render("cv", [0.3, 0.1], [1.2, 1.1], [0.05, -0.01], [0, 1], 0.1, 0.3, "AUC"));
        Assert.Contains("cvsd[1]", error.Message);
    }

    [Fact]
    public void Non_finite_mean_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            CrossValidationFigure.Render("cv", [0.3, 0.1], [double.NaN, 1.1], [0.05, 0.05], [0, 1], 0.1, 0.3, "AUC"));
        Assert.Contains("cvm[0] is not finite", error.Message);
    }

    [Fact]
    public void Missing_measure_name_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            CrossValidationFigure.Render("cv", [0.3, 0.1], [1.2, 1.1], [0.05, 0.05], [0, 1], 0.1, 0.3, " "));
        Assert.Contains("measure", error.Message);
    }
}
