namespace HccMesh.Modeling.Statistics.Roc;

/// <summary>
/// How the score relates to the outcome, in pROC's notation "controls CMP cases".
/// </summary>
public enum RocDirection
{
    /// <summary>pROC "auto": <see cref="ControlsLower"/> when median(controls) ≤ median(cases), else <see cref="ControlsHigher"/>.
    /// On a validation set this can silently flip a poor predictor; prefer a fixed direction.</summary>
    Auto,

    /// <summary>pROC "&lt;": higher scores mean "case"; a patient is positive when score ≥ threshold.</summary>
    ControlsLower,

    /// <summary>pROC "&gt;": lower scores mean "case"; a patient is positive when score ≤ threshold.</summary>
    ControlsHigher,
}
