using HccMesh.Modeling.Statistics.Reliability;

namespace HccMesh.Modeling.Tests.Statistics;

public class IccInputValidationTests
{
    [Fact]
    public void Single_rater_is_refused()
    {
        Assert.Throws<ArgumentException>(() => IntraclassCorrelation.Compute(new double[,] { { 1 }, { 2 }, { 3 } }));
    }

    [Fact]
    public void Missing_value_is_refused()
    {
        Assert.Throws<ArgumentException>(() => IntraclassCorrelation.Compute(new double[,] { { 1, 2 }, { double.NaN, 3 }, { 4, 4 } }));
    }

    [Fact]
    public void Ragged_rows_are_refused()
    {
        Assert.Throws<ArgumentException>(() => IntraclassCorrelation.Compute([[1.0, 2.0], [3.0]]));
    }

    [Fact]
    public void Identical_raters_give_icc_of_one()
    {
        // Perfect agreement: MSE = MSC = MSW = 0 exactly, so every form is 1, F is infinite and p is 0.
        // (psych reports the same ICCs; its aov leaves round-off in MSE, so its F is large but finite.)
        var result = IntraclassCorrelation.Compute(new double[,] { { 1, 1 }, { 5, 5 }, { 2, 2 }, { 9, 9 } });
        foreach (var form in Enum.GetValues<IccForm>())
        {
            Assert.Equal(1.0, result[form].Value);
            Assert.Equal(0.0, result[form].PValue);
        }
    }
}
