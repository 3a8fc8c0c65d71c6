using HccMesh.Reporting.Figures;

namespace HccMesh.Reporting.Tests.Figures;

public sealed class NomogramFigureTests
{
    private static readonly NomogramAxis Binary = new("Capsule", [0, 1], [0, 100], ["absent", "present"]);

    [Fact]
    public void Svg_is_well_formed_and_shows_every_row_label_and_tick_label()
    {
        var nomogram = SampleFigureData.Nomogram();
        var figure = Render(nomogram);

        var texts = FigureAssert.WellFormedSvg(figure.Svg);
        FigureAssert.ContainsText(texts, "Nomogram for MVI");
        foreach (var row in new[] { "Points", "Total points", "Risk of MVI" }.Concat(nomogram.Variables.Select(v => v.Label)))
        {
            FigureAssert.ContainsText(texts, row);
        }

        FigureAssert.ContainsText(texts, "absent");
        FigureAssert.ContainsText(texts, "present");
        FigureAssert.ContainsText(texts, "100");
        FigureAssert.ContainsText(texts, "0.95");
        FigureAssert.ContainsText(texts, "−2.5");
        FigureAssert.SelfContained(figure.Svg);
    }

    [Fact]
    public void Png_is_wide_with_60_pixels_per_row()
    {
        var nomogram = SampleFigureData.Nomogram();
        var figure = Render(nomogram);

        // 4 predictors + points, total points and risk rows.
        Assert.Equal(120 + (60 * 7), NomogramFigure.HeightFor(4));
        FigureAssert.PngOfSize(figure.Png, NomogramFigure.DefaultWidth, NomogramFigure.HeightFor(4));
    }

    [Fact]
    public void Same_input_renders_byte_identical_svg_and_png()
    {
        var nomogram = SampleFigureData.Nomogram();
        var first = Render(nomogram);
        var second = Render(nomogram);
        Assert.Equal(first.Svg, second.Svg);
        Assert.Equal(first.Png, second.Png);
    }

    [Fact]
    public void Risk_ticks_marked_NaN_are_dropped_as_rms_does()
    {
        var figure = NomogramFigure.Render("n", "N", [Binary], [0, 50, 100], [0.01, 0.5, 0.99], [double.NaN, 50, double.NaN]);

        var texts = FigureAssert.WellFormedSvg(figure.Svg);
        FigureAssert.ContainsText(texts, "0.5");
        Assert.DoesNotContain("0.01", texts);
        Assert.DoesNotContain("0.99", texts);
    }

    [Fact]
    public void Values_and_points_of_different_lengths_are_refused_naming_the_variable()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            NomogramFigure.Render("n", "N", [new NomogramAxis("Age", [40, 50, 60], [0, 50])], [0, 100], [0.5], [50]));
        Assert.Contains("'Age' values/points: lengths differ", error.Message);
    }

    [Fact]
    public void Tick_labels_of_another_length_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            NomogramFigure.Render("n", "N", [Binary with { TickLabels = ["absent"] }], [0, 100], [0.5], [50]));
        Assert.Contains("values/tick labels", error.Message);
    }

    [Fact]
    public void Non_finite_points_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            NomogramFigure.Render("n", "N", [Binary with { Points = [0, double.PositiveInfinity] }], [0, 100], [0.5], [50]));
        Assert.Contains("'Capsule' points[1] is not finite", error.Message);
    }

    [Fact]
    public void Risk_tick_beyond_the_total_points_scale_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => NomogramFigure.Render("n", "N", [Binary], [0, 100], [0.5], [130]));
        Assert.Contains("outside the total points scale", error.Message);
    }

    [Fact]
    public void Risk_tick_that_is_not_a_probability_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => NomogramFigure.Render("n", "N", [Binary], [0, 100], [1.0], [50]));
        Assert.Contains("outside (0, 1)", error.Message);
    }

    [Fact]
    public void Empty_variable_list_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => NomogramFigure.Render("n", "N", [], [0, 100], [0.5], [50]));
        Assert.Contains("variable list is empty", error.Message);
    }

    private static RenderedFigure Render(NomogramInputs nomogram) =>
        NomogramFigure.Render(
            "nomogram", "Nomogram for MVI", nomogram.Variables, nomogram.TotalPointsTicks, nomogram.RiskTicks, nomogram.RiskTotalPoints, "Risk of MVI");
}
