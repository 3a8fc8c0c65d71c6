namespace HccMesh.Modeling.Statistics.Reliability;

/// <summary>Keeps features whose test–retest ICC is above a threshold.</summary>
public static class IccFilter
{
    /// <summary>The paper keeps features with "ICC &gt; 0.75".</summary>
    public const double PaperThreshold = 0.75;

    /// <summary>
    /// Features (in input order) whose ICC is strictly greater than <paramref name="threshold"/>.
    /// Strict, because the paper states ICC &gt; 0.75 and 0.75 is the lower edge of "good" reliability (Koo &amp; Li 2016);
    /// NaN ICCs (e.g. a constant feature) are never kept.
    /// </summary>
    public static IReadOnlyList<string> Keep(IReadOnlyList<string> features, IReadOnlyList<double> icc, double threshold = PaperThreshold)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(icc);
        if (features.Count != icc.Count)
        {
            throw new ArgumentException($"{features.Count} features but {icc.Count} ICC values.", nameof(icc));
        }

        var kept = new List<string>();
        for (var index = 0; index < features.Count; index++)
        {
            if (icc[index] > threshold)
            {
                kept.Add(features[index]);
            }
        }

        return kept;
    }
}
