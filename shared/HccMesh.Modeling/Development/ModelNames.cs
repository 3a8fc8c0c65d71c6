namespace HccMesh.Modeling.Development;

/// <summary>The three models the paper compares.</summary>
public static class ModelNames
{
    /// <summary>The radscore alone; its probability is logistic(radscore), the LASSO model's own prediction.</summary>
    public const string Radiomics = "Radiomics";

    public const string Clinical = "Clinical";

    /// <summary>Independent clinical factors + radscore.</summary>
    public const string Combined = "Combined";
}
