namespace HccMesh.Modeling.Statistics.Roc;

/// <summary>Result of the paired DeLong test; <see cref="Z"/> = (Auc1 − Auc2) / √(Var1 + Var2 − 2·Covariance).</summary>
public sealed record DeLongTestResult(double Auc1, double Auc2, double Variance1, double Variance2, double Covariance, double Z, double PValue);
