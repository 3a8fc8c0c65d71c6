using MathNet.Numerics.Distributions;

namespace HccMesh.Modeling.Statistics.Roc;

/// <summary>
/// DeLong (1988) variance and confidence interval of one AUC, as pROC 1.18 <c>var(roc, method="delong")</c> and
/// <c>ci.auc(method="delong")</c>: var = s²(V10)/m + s²(V01)/n, with placement values V10 of the m cases and V01 of
/// the n controls and sample variances (divisor m−1, n−1); CI = AUC ± z_{(1+level)/2}·√var, clipped to [0, 1].
/// </summary>
public static class DeLongAuc
{
    public static double Variance(RocCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        RequireTwoOfEach(curve);
        return (SampleCovariance(curve.CasePlacements, curve.CasePlacements) / curve.CaseCount)
            + (SampleCovariance(curve.ControlPlacements, curve.ControlPlacements) / curve.ControlCount);
    }

    public static AucConfidenceInterval ConfidenceInterval(RocCurve curve, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(curve);
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "Must lie in (0, 1).");
        }

        var variance = Variance(curve);
        var halfWidth = Normal.InvCDF(0, 1, 0.5 + (confidenceLevel / 2)) * Math.Sqrt(variance);
        var lower = Math.Clamp(curve.Auc - halfWidth, 0, 1);
        var upper = Math.Clamp(curve.Auc + halfWidth, 0, 1);
        return new AucConfidenceInterval(curve.Auc, variance, lower, upper, confidenceLevel);
    }

    internal static void RequireTwoOfEach(RocCurve curve)
    {
        if (curve.CaseCount < 2 || curve.ControlCount < 2)
        {
            throw new ArgumentException(
                $"The DeLong variance needs at least 2 cases and 2 controls ({curve.CaseCount} cases, {curve.ControlCount} controls).",
                nameof(curve));
        }
    }

    /// <summary>Sample covariance (divisor length − 1) of two equally long vectors.</summary>
    internal static double SampleCovariance(double[] a, double[] b)
    {
        double meanA = 0, meanB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            meanA += a[i];
            meanB += b[i];
        }

        meanA /= a.Length;
        meanB /= b.Length;
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += (a[i] - meanA) * (b[i] - meanB);
        }

        return sum / (a.Length - 1);
    }
}
