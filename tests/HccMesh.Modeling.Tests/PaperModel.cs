namespace HccMesh.Modeling.Tests;

/// <summary>
/// Numbers as printed in the source paper (Sci. Rep. 2025, HCC extrahepatic metastasis after
/// hepatectomy), typed in independently of the shipped artifact so tests can compare against them.
/// </summary>
internal static class PaperModel
{
    public static readonly (string Name, double Coefficient)[] RadscoreTerms =
    [
        ("log-sigma-1-5-mm-3D_gldm_LargeDependenceHighGrayLevelEmphasis", 0.188),
        ("wavelet-HLL_gldm_SmallDependenceLowGrayLevelEmphasis", -0.062),
        ("wavelet-HLH_glszm_LargeAreaHighGrayLevelEmphasis", 0.067),
        ("wavelet-HHL_glszm_ZoneEntropy", 0.033),
        ("log-sigma-0-5-mm-3D_glszm_SizeZoneNonUniformity", 0.009),
        ("log-sigma-1-0-mm-3D_glrlm_RunVariance", 0.301),
        ("wavelet-LHL_ngtdm_Contrast", -0.033),
        ("wavelet-LHH_glcm_JointEnergy", -0.157),
        ("wavelet-LLL_glcm_MaximumProbability", -0.499),
    ];

    public const double RadscoreIntercept = -2.157;

    // Table 3, multivariate (combined model)
    public const double CombinedOrMvi = 0.201;
    public const double CombinedOrPv = 0.144;
    public const double CombinedOrAlb = 0.876;
    public const double CombinedOrRadscore = 5.282;

    // Table 2 (clinical model)
    public const double ClinicalOrBmi = 0.830;
    public const double ClinicalOrMvi = 0.238;
    public const double ClinicalOrPv = 0.167;
    public const double ClinicalOrAlb = 0.897;

    // Table 1, training cohort
    public const int TrainingCases = 277;
    public const int TrainingEvents = 35;
    public const double MviPresentFraction = 0.462;
    public const double PvPresentFraction = 0.051;
    public const double AlbAbove45Fraction = 0.161;
    public const double BmiMedian = 24.22;

    // model card: ASSUMED SD of serum albumin in the training cohort
    public const double AssumedAlbSd = 5.0;
}
