namespace HccMesh.Modeling.Statistics.Roc;

/// <summary>
/// The ROC point maximising Youden's J = sensitivity + specificity − 1, as pROC 1.18
/// <c>coords(x="best", best.method="youden")</c>; the threshold is the pROC midpoint between distinct scores.
/// </summary>
public sealed record YoudenCutoff(double Threshold, double Sensitivity, double Specificity)
{
    public double YoudenJ => Sensitivity + Specificity - 1;

    /// <summary>
    /// Every curve point tied for the largest sensitivity + specificity (exact double equality, as pROC's
    /// <c>which(crit == max(crit))</c>), in the curve's order. Usually one.
    /// </summary>
    public static IReadOnlyList<YoudenCutoff> Find(RocCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var best = double.NegativeInfinity;
        for (var i = 0; i < curve.Thresholds.Count; i++)
        {
            best = Math.Max(best, curve.Sensitivities[i] + curve.Specificities[i]);
        }

        var result = new List<YoudenCutoff>(1);
        for (var i = 0; i < curve.Thresholds.Count; i++)
        {
            if (curve.Sensitivities[i] + curve.Specificities[i] == best)
            {
                result.Add(new YoudenCutoff(curve.Thresholds[i], curve.Sensitivities[i], curve.Specificities[i]));
            }
        }

        return result;
    }
}
