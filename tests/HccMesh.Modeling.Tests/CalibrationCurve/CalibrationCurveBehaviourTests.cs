using HccMesh.Modeling.Statistics.Calibration;
using BinnedCalibration = HccMesh.Modeling.Statistics.Calibration.CalibrationCurve;

namespace HccMesh.Modeling.Tests.CalibrationCurve;

public class CalibrationCurveBehaviourTests
{
    [Fact]
    public void Bin_without_events_has_lower_bound_zero_and_full_bin_upper_bound_one()
    {
        // R: binom.test(0, 3)$conf.int[1] = 0, binom.test(3, 3)$conf.int[2] = 1 (prop.test likewise).
        double[] p = [0.1, 0.2, 0.3, 0.7, 0.8, 0.9];
        double[] y = [0, 0, 0, 1, 1, 1];
        foreach (var interval in new[] { BinomialInterval.ClopperPearson, BinomialInterval.Wilson })
        {
            var bins = BinnedCalibration.Binned(p, y, 2, interval);
            Assert.Equal(2, bins.Count);
            Assert.Equal(0.0, bins[0].Lower);
            Assert.True(bins[0].Upper is > 0.0 and < 1.0);
            Assert.Equal(1.0, bins[1].Upper);
            Assert.True(bins[1].Lower is > 0.0 and < 1.0);
        }
    }

    [Fact]
    public void Single_patient_bin_has_the_exact_one_observation_interval()
    {
        // binom.test(1, 1)$conf.int = [0.025, 1]: qbeta(0.025, 1, 1) = 0.025.
        var (lower, upper) = BinomialConfidence.ClopperPearson(1, 1);
        Assert.Equal(0.025, lower, 1e-15);
        Assert.Equal(1.0, upper);
    }

    [Fact]
    public void Constant_predictions_give_one_bin_with_every_patient()
    {
        var bins = BinnedCalibration.Binned([0.3, 0.3, 0.3, 0.3], [0, 1, 0, 0]);
        var bin = Assert.Single(bins);
        Assert.Equal(4, bin.Count);
        Assert.Equal(1, bin.Events);
        Assert.Equal(0.3, bin.MeanPredicted, 1e-15);
    }

    [Fact]
    public void Bins_partition_the_patients_in_order_of_risk()
    {
        var p = Enumerable.Range(0, 97).Select(i => (i * 37 % 97) / 97.0).ToArray();
        var y = p.Select((v, i) => i % 3 == 0 ? 1.0 : 0.0).ToArray();
        var bins = BinnedCalibration.Binned(p, y, 10);
        Assert.Equal(97, bins.Sum(b => b.Count));
        Assert.Equal((int)y.Sum(), bins.Sum(b => b.Events));
        for (var b = 1; b < bins.Count; b++)
        {
            Assert.True(bins[b].PredictedMin > bins[b - 1].PredictedMax);
        }
    }

    [Fact]
    public void Unequal_lengths_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => BinnedCalibration.Binned([0.1, 0.2], [0]));
        Assert.Contains("equal length", error.Message);
    }

    [Fact]
    public void Empty_input_is_refused()
    {
        Assert.Throws<ArgumentException>(() => BinnedCalibration.Binned([], []));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Predicted_risk_outside_the_unit_interval_is_refused(double risk)
    {
        var error = Assert.Throws<ArgumentException>(() => BinnedCalibration.Binned([0.1, risk, 0.5], [0, 1, 0]));
        Assert.Contains("not in [0, 1]", error.Message);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(2.0)]
    [InlineData(-1.0)]
    public void Outcome_other_than_zero_or_one_is_refused(double outcome)
    {
        var error = Assert.Throws<ArgumentException>(() => BinnedCalibration.Binned([0.1, 0.2, 0.5], [0, outcome, 1]));
        Assert.Contains("not 0 or 1", error.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void Fewer_than_two_bins_are_refused(int bins)
    {
        var error = Assert.Throws<ArgumentException>(() => BinnedCalibration.Binned([0.1, 0.2, 0.5], [0, 1, 1], bins));
        Assert.Contains("at least 2 bins", error.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Confidence_level_outside_the_open_unit_interval_is_refused(double level)
    {
        Assert.Throws<ArgumentException>(() => BinnedCalibration.Binned([0.1, 0.2, 0.5], [0, 1, 1], 2, BinomialInterval.Wilson, level));
    }
}
