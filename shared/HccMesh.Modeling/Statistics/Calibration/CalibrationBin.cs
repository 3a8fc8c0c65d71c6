namespace HccMesh.Modeling.Statistics.Calibration;

/// <summary>
/// One risk group of a binned calibration curve: <see cref="Count"/> patients with <see cref="Events"/> events,
/// their mean predicted risk, the observed event rate Events/Count with its confidence interval
/// [<see cref="Lower"/>, <see cref="Upper"/>], and the smallest and largest predicted risk in the group.
/// </summary>
public sealed record CalibrationBin(
    int Count,
    int Events,
    double MeanPredicted,
    double ObservedRate,
    double Lower,
    double Upper,
    double PredictedMin,
    double PredictedMax);
