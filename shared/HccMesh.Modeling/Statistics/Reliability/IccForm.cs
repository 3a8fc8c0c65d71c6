namespace HccMesh.Modeling.Statistics.Reliability;

/// <summary>
/// The six Shrout–Fleiss ICC forms, named as in R's psych::ICC.
/// "k" forms are the reliability of the mean of the k raters.
/// </summary>
public enum IccForm
{
    /// <summary>ICC(1,1): one-way random, single rater.</summary>
    Icc1,

    /// <summary>ICC(2,1): two-way random, absolute agreement, single rater.</summary>
    Icc2,

    /// <summary>ICC(3,1): two-way mixed, consistency, single rater.</summary>
    Icc3,

    /// <summary>ICC(1,k): one-way random, mean of k raters.</summary>
    Icc1k,

    /// <summary>ICC(2,k): two-way random, absolute agreement, mean of k raters.</summary>
    Icc2k,

    /// <summary>ICC(3,k): two-way mixed, consistency, mean of k raters.</summary>
    Icc3k,
}
