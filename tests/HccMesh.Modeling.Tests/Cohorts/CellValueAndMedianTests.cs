using HccMesh.Modeling.Cohorts;

namespace HccMesh.Modeling.Tests.Cohorts;

public class CellValueAndMedianTests
{
    [Theory]
    [InlineData("12.5", 12.5)]
    [InlineData(" -3 ", -3.0)]
    [InlineData("1e-3", 0.001)]
    [InlineData("+2.5E2", 250.0)]
    public void Invariant_numbers_are_read(string cell, double expected)
    {
        Assert.Equal(CellValueKind.Number, CellValue.Read(cell, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("NA")]
    [InlineData("na")]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("NULL")]
    [InlineData("n/a")]
    [InlineData(" N/A ")]
    public void Missing_markers_are_missing(string cell)
    {
        Assert.Equal(CellValueKind.Missing, CellValue.Read(cell, out _));
    }

    [Theory]
    [InlineData("inf")]
    [InlineData("-Inf")]
    [InlineData("Infinity")]
    [InlineData("-infinity")]
    [InlineData("1e999")]
    [InlineData("∞")]
    public void Infinite_values_are_non_finite(string cell)
    {
        Assert.Equal(CellValueKind.NonFinite, CellValue.Read(cell, out _));
    }

    [Theory]
    [InlineData("12,5")]
    [InlineData("1,000")]
    [InlineData("abc")]
    [InlineData("M")]
    [InlineData("0x10")]
    public void Other_text_is_not_a_number(string cell)
    {
        Assert.Equal(CellValueKind.NotNumber, CellValue.Read(cell, out _));
    }

    [Fact]
    public void Median_follows_R_for_odd_and_even_counts()
    {
        // R 4.2.2: median(c(5, 1, 3)) = 3; median(c(4, 1, 3, 10)) = 3.5
        Assert.Equal(3.0, Median.Of([5.0, 1.0, 3.0]));
        Assert.Equal(3.5, Median.Of([4.0, 1.0, 3.0, 10.0]));
        Assert.Equal(7.0, Median.Of([7.0]));
    }
}
