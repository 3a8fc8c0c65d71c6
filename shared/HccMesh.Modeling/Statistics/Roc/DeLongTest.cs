using MathNet.Numerics.Distributions;

namespace HccMesh.Modeling.Statistics.Roc;

/// <summary>
/// DeLong test of two correlated AUCs measured on the same patients, as pROC 1.18
/// <c>roc.test(method="delong", paired=TRUE)</c>: cov = cov(V10ᵃ, V10ᵇ)/m + cov(V01ᵃ, V01ᵇ)/n (sample covariances of
/// the placement values), z = (AUCᵃ − AUCᵇ)/√(varᵃ + varᵇ − 2cov), two-sided p = 2Φ(−|z|).
/// </summary>
public static class DeLongTest
{
    public static DeLongTestResult Paired(RocCurve first, RocCurve second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (!first.Outcomes.AsSpan().SequenceEqual(second.Outcomes))
        {
            throw new ArgumentException("A paired test needs both curves computed on the same patients (same outcomes, same order).", nameof(second));
        }

        DeLongAuc.RequireTwoOfEach(first);
        var variance1 = DeLongAuc.Variance(first);
        var variance2 = DeLongAuc.Variance(second);
        var covariance = (DeLongAuc.SampleCovariance(first.CasePlacements, second.CasePlacements) / first.CaseCount)
            + (DeLongAuc.SampleCovariance(first.ControlPlacements, second.ControlPlacements) / first.ControlCount);
        var z = (first.Auc - second.Auc) / Math.Sqrt(variance1 + variance2 - (2 * covariance));
        var p = 2 * Normal.CDF(0, 1, -Math.Abs(z));
        return new DeLongTestResult(first.Auc, second.Auc, variance1, variance2, covariance, z, p);
    }
}
