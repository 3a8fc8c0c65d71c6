namespace HccMesh.Modeling.Statistics.Roc;

/// <summary>An AUC with its DeLong variance and normal-approximation confidence interval (clipped to [0, 1]).</summary>
public sealed record AucConfidenceInterval(double Auc, double Variance, double Lower, double Upper, double ConfidenceLevel);
