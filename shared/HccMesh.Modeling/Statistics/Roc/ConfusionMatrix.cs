namespace HccMesh.Modeling.Statistics.Roc;

/// <summary>Counts of a dichotomised score against the outcome, with the usual rates.</summary>
public readonly record struct ConfusionMatrix(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    public int Cases => TruePositives + FalseNegatives;

    public int Controls => TrueNegatives + FalsePositives;

    /// <summary>TP / (TP + FN); NaN without cases.</summary>
    public double Sensitivity => (double)TruePositives / Cases;

    /// <summary>TN / (TN + FP); NaN without controls.</summary>
    public double Specificity => (double)TrueNegatives / Controls;

    /// <summary>Positive predictive value TP / (TP + FP); NaN when nobody is called positive.</summary>
    public double Precision => (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>F1 = 2·precision·recall / (precision + recall) = 2TP / (2TP + FP + FN); NaN when TP = FP = FN = 0.</summary>
    public double F1 => 2.0 * TruePositives / (2.0 * TruePositives + FalsePositives + FalseNegatives);
}
