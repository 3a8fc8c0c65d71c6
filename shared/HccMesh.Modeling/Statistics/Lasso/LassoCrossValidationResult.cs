namespace HccMesh.Modeling.Statistics.Lasso;

/// <summary>Outcome of <see cref="LassoCrossValidation.Run"/>, the counterpart of a cv.glmnet object.</summary>
public sealed class LassoCrossValidationResult
{
    public LassoCrossValidationResult(
        LassoPath fullPath,
        int[] folds,
        LassoPath[] foldPaths,
        double[][] fitPrevalLink,
        CrossValidationCurve deviance,
        CrossValidationCurve auc)
    {
        FullPath = fullPath;
        Folds = folds;
        FoldPaths = foldPaths;
        FitPrevalLink = fitPrevalLink;
        Deviance = deviance;
        Auc = auc;
    }

    /// <summary>The full-data path; its λ sequence is the one all curves refer to.</summary>
    public LassoPath FullPath { get; }

    /// <summary>Distinct fold ids in increasing order; <see cref="FoldPaths"/> follows this order.</summary>
    public int[] Folds { get; }

    /// <summary>Path fitted without each fold.</summary>
    public LassoPath[] FoldPaths { get; }

    /// <summary>FitPrevalLink[i][k]: out-of-fold linear predictor of patient i at full-data λ_k.</summary>
    public double[][] FitPrevalLink { get; }

    /// <summary>type.measure = "deviance".</summary>
    public CrossValidationCurve Deviance { get; }

    /// <summary>
    /// type.measure = "auc" (per-fold Mann–Whitney AUC). glmnet refuses this below 10 held-out patients per fold;
    /// here it is always computed, the caller decides whether the folds are large enough.
    /// </summary>
    public CrossValidationCurve Auc { get; }

    /// <summary>Number of non-zero features of the full-data path at each λ.</summary>
    public int[] NonzeroCount => Enumerable.Range(0, FullPath.Count).Select(FullPath.NonzeroCount).ToArray();

    /// <summary>Intercept and original-scale coefficients of the full-data path at λ index <paramref name="k"/>.</summary>
    public (double Intercept, double[] Beta) CoefficientsAt(int k) => (FullPath.Intercept[k], (double[])FullPath.Beta[k].Clone());

    /// <summary>The radiomics score: linear predictor (intercept included) at the deviance λ.min for every row.</summary>
    public double[] Radscore(double[][] x) => FullPath.LinearPredictor(x, Deviance.IndexMin);
}
