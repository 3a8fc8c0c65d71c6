using HccMesh.Reporting.Figures;

namespace HccMesh.Reporting.Tests.Figures;

public sealed class CalibrationFigureTests
{
    private static readonly CalibrationSeries Simple = new(
        "Model", [new(0.1, 0.12, 0.05, 0.25), new(0.5, 0.45, 0.3, 0.6), new(0.9, 0.85, 0.7, 0.95)]);

    [Fact]
    public void Svg_is_well_formed_and_shows_axis_titles_ideal_line_and_series_labels()
    {
        var series = SampleFigureData.Calibration();
        var figure = CalibrationFigure.Render("calibration", "Calibration", series);

        var texts = FigureAssert.WellFormedSvg(figure.Svg);
        FigureAssert.ContainsText(texts, "Predicted probability");
        FigureAssert.ContainsText(texts, "Observed proportion");
        FigureAssert.ContainsText(texts, "Ideal");
        foreach (var s in series)
        {
            FigureAssert.ContainsText(texts, s.Label);
        }

        FigureAssert.SelfContained(figure.Svg);
        FigureAssert.IdsArePrefixedWith(figure.Svg, "calibration");
    }

    [Fact]
    public void Png_header_has_the_figure_size()
    {
        var figure = CalibrationFigure.Render("calibration", "Calibration", [Simple]);
        FigureAssert.PngOfSize(figure.Png, CalibrationFigure.DefaultSize, CalibrationFigure.DefaultSize);
    }

    [Fact]
    public void Same_input_renders_byte_identical_svg_and_png()
    {
        var series = SampleFigureData.Calibration();
        var first = CalibrationFigure.Render("calibration", "Calibration", series);
        var second = CalibrationFigure.Render("calibration", "Calibration", series);
        Assert.Equal(first.Svg, second.Svg);
        Assert.Equal(first.Png, second.Png);
    }

    [Fact]
    public void Series_without_bins_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => CalibrationFigure.Render("c", "C", [new CalibrationSeries("Empty", [])]));
        Assert.Contains("'Empty' bins is empty", error.Message);
    }

    [Fact]
    public void Interval_that_misses_the_observed_proportion_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            CalibrationFigure.Render("c", "C", [new CalibrationSeries("Model", [new(0.3, 0.5, 0.1, 0.4)])]));
        Assert.Contains("does not contain the observed proportion", error.Message);
    }

    [Fact]
    public void Interval_rounded_a_hair_past_the_observed_zero_is_accepted()
    {
        // Wilson's interval for 0 events evaluates its lower bound to 5.6e-17, not 0 (seen with the sample data).
        var figure = CalibrationFigure.Render("c", "C", [new CalibrationSeries("Model", [new(0.02, 0, 5.551115123125783E-17, 0.35)])]);
        FigureAssert.WellFormedSvg(figure.Svg);
    }

    [Fact]
    public void Non_finite_bin_value_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            CalibrationFigure.Render("c", "C", [new CalibrationSeries("Model", [new(double.NaN, 0.5, 0.1, 0.6)])]));
        Assert.Contains("not finite", error.Message);
    }

    [Fact]
    public void Smooth_line_with_mismatched_or_missing_coordinates_is_refused()
    {
        var mismatched = Assert.Throws<ArgumentException>(() =>
            CalibrationFigure.Render("c", "C", [Simple with { SmoothX = [0.1, 0.5, 0.9], SmoothY = [0.1, 0.5] }]));
        Assert.Contains("SmoothX/SmoothY: lengths differ", mismatched.Message);

        var half = Assert.Throws<ArgumentException>(() => CalibrationFigure.Render("c", "C", [Simple with { SmoothX = [0.1, 0.9] }]));
        Assert.Contains("both SmoothX and SmoothY", half.Message);
    }
}
