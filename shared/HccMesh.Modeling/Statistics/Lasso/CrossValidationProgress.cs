namespace HccMesh.Modeling.Statistics.Lasso;

/// <summary>Cross-validation progress: <see cref="FoldsDone"/> of <see cref="Folds"/> fold paths fitted.</summary>
public readonly record struct CrossValidationProgress(int FoldsDone, int Folds);
