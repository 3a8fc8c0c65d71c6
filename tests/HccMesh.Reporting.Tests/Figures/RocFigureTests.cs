using HccMesh.Reporting.Figures;

namespace HccMesh.Reporting.Tests.Figures;

public sealed class RocFigureTests
{
    private static readonly RocSeries Good = new("Model A", [0, 0.1, 0.4, 1], [0, 0.5, 0.9, 1]);

    [Fact]
    public void Svg_is_well_formed_and_shows_title_axis_titles_and_every_legend_label()
    {
        var curves = SampleFigureData.RocCurves();
        var figure = RocFigure.Render("roc-training", "ROC curves, training cohort", curves);

        var texts = FigureAssert.WellFormedSvg(figure.Svg);
        FigureAssert.ContainsText(texts, "ROC curves, training cohort");
        FigureAssert.ContainsText(texts, "1 − Specificity");
        FigureAssert.ContainsText(texts, "Sensitivity");
        foreach (var curve in curves)
        {
            FigureAssert.ContainsText(texts, curve.Label);
        }
    }

    [Fact]
    public void Png_header_has_the_default_square_size_or_the_requested_one()
    {
        var square = RocFigure.Render("roc", "ROC", [Good]);
        FigureAssert.PngOfSize(square.Png, RocFigure.DefaultSize, RocFigure.DefaultSize);
        Assert.Equal((RocFigure.DefaultSize, RocFigure.DefaultSize), (square.Width, square.Height));

        var wide = RocFigure.Render("roc", "ROC", [Good], 800, 600);
        FigureAssert.PngOfSize(wide.Png, 800, 600);
    }

    [Fact]
    public void Same_input_renders_byte_identical_svg_and_png()
    {
        var curves = SampleFigureData.RocCurves();
        var first = RocFigure.Render("roc-training", "ROC", curves);
        var second = RocFigure.Render("roc-training", "ROC", curves);
        Assert.Equal(first.Svg, second.Svg);
        Assert.Equal(first.Png, second.Png);
    }

    [Fact]
    public void Svg_is_self_contained_and_its_ids_carry_the_figure_name()
    {
        var figure = RocFigure.Render("roc-validation", "ROC", [Good]);
        FigureAssert.SelfContained(figure.Svg);
        FigureAssert.IdsArePrefixedWith(figure.Svg, "roc-validation");
        Assert.DoesNotContain("<?xml", figure.Svg);
        Assert.Contains("viewBox=\"0 0 640 640\"", figure.Svg);
    }

    [Fact]
    public void Markup_characters_in_labels_are_escaped()
    {
        var figure = RocFigure.Render("roc", "AUC <0.9> & more", [Good with { Label = "A & B <C>" }]);
        var texts = FigureAssert.WellFormedSvg(figure.Svg);
        FigureAssert.ContainsText(texts, "A & B <C>");
        FigureAssert.ContainsText(texts, "AUC <0.9> & more");
    }

    [Fact]
    public void Empty_series_list_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => RocFigure.Render("roc", "ROC", []));
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void Curve_with_mismatched_lengths_is_refused_naming_the_curve()
    {
        var error = Assert.Throws<ArgumentException>(() => RocFigure.Render("roc", "ROC", [new RocSeries("Bad", [0, 0.5, 1], [0, 1])]));
        Assert.Contains("'Bad'", error.Message);
        Assert.Contains("lengths differ", error.Message);
    }

    [Theory]
    [InlineData(double.NaN, "not finite")]
    [InlineData(double.PositiveInfinity, "not finite")]
    [InlineData(1.5, "outside [0, 1]")]
    [InlineData(-0.1, "outside [0, 1]")]
    public void Rate_that_is_not_a_finite_probability_is_refused(double value, string problem)
    {
        var error = Assert.Throws<ArgumentException>(() => RocFigure.Render("roc", "ROC", [new RocSeries("Bad", [0, value, 1], [0, 0.5, 1])]));
        Assert.Contains(problem, error.Message);
        Assert.Contains("false positive rate[1]", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("../escape")]
    [InlineData("roc curve")]
    [InlineData("1roc")]
    public void Name_that_is_not_a_plain_file_stem_is_refused(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => RocFigure.Render(name, "ROC", [Good]));
        Assert.Contains("file stem", error.Message);
    }

    [Fact]
    public void Unreasonable_size_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => RocFigure.Render("roc", "ROC", [Good], 50, 50));
        Assert.Contains("size", error.Message);
    }
}
