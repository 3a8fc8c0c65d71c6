using HccMesh.Reporting.Figures;

namespace HccMesh.Reporting.Tests.Figures;

public sealed class DecisionCurveFigureTests
{
    [Fact]
    public void Svg_is_well_formed_and_shows_axis_titles_reference_strategies_and_models()
    {
        var (thresholds, treatAll, models) = SampleFigureData.DecisionCurve();
        var figure = DecisionCurveFigure.Render("dca", "Decision curves", thresholds, treatAll, models);

        var texts = FigureAssert.WellFormedSvg(figure.Svg);
        FigureAssert.ContainsText(texts, "Threshold probability");
        FigureAssert.ContainsText(texts, "Net benefit");
        FigureAssert.ContainsText(texts, "Treat all");
        FigureAssert.ContainsText(texts, "Treat none");
        foreach (var model in models)
        {
            FigureAssert.ContainsText(texts, model.Label);
        }

        FigureAssert.SelfContained(figure.Svg);
        FigureAssert.PngOfSize(figure.Png, DecisionCurveFigure.DefaultWidth, DecisionCurveFigure.DefaultHeight);
    }

    [Fact]
    public void Net_benefit_axis_starts_just_below_zero_so_treat_all_is_clipped()
    {
        var (thresholds, treatAll, models) = SampleFigureData.DecisionCurve();
        var figure = DecisionCurveFigure.Render("dca", "Decision curves", thresholds, treatAll, models);

        // Treat all reaches −49 at threshold 0.99 (prevalence 0.35); the lowest y tick must still be near 0.
        Assert.True(treatAll.Min() < -40);
        var texts = FigureAssert.WellFormedSvg(figure.Svg);
        var yTicks = texts.Select(t => double.TryParse(t.Replace('−', '-'), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : double.NaN)
            .Where(v => !double.IsNaN(v)).ToList();
        Assert.True(yTicks.Min() >= -0.05, $"lowest tick {yTicks.Min()}");
    }

    [Fact]
    public void Same_input_renders_byte_identical_svg_and_png()
    {
        var (thresholds, treatAll, models) = SampleFigureData.DecisionCurve();
        var first = DecisionCurveFigure.Render("dca", "Decision curves", thresholds, treatAll, models);
        var second = DecisionCurveFigure.Render("dca", "Decision curves", thresholds, treatAll, models);
        Assert.Equal(first.Svg, second.Svg);
        Assert.Equal(first.Png, second.Png);
    }

    [Fact]
    public void Model_with_fewer_values_than_thresholds_is_refused_naming_the_model()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            DecisionCurveFigure.Render("dca", "D", [0.1, 0.2, 0.3], [0.3, 0.2, 0.1], [new NetBenefitSeries("Short", [0.3, 0.2])]));
        Assert.Contains("'Short'", error.Message);
        Assert.Contains("lengths differ", error.Message);
    }

    [Fact]
    public void Non_finite_net_benefit_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            DecisionCurveFigure.Render("dca", "D", [0.1, 0.2], [0.3, double.NegativeInfinity], [new NetBenefitSeries("M", [0.3, 0.2])]));
        Assert.Contains("Treat-all net benefit[1] is not finite", error.Message);
    }

    [Fact]
    public void Thresholds_that_do_not_increase_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            DecisionCurveFigure.Render("dca", "D", [0.2, 0.1], [0.3, 0.2], [new NetBenefitSeries("M", [0.3, 0.2])]));
        Assert.Contains("increase strictly", error.Message);
    }

    [Fact]
    public void Empty_model_list_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => DecisionCurveFigure.Render("dca", "D", [0.1, 0.2], [0.3, 0.2], []));
        Assert.Contains("Model list is empty", error.Message);
    }
}
