namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// Mean and sample standard deviation (divisor N − 1) of each radscore feature over reference
/// cases. Every case must have every feature, finite; at least two cases; SD must be &gt; 0.
/// Computed with a two-pass sum (mean first, then squared deviations) for accuracy.
/// </summary>
public static class StandardizationCalculator
{
    public static StandardizationStatistics Compute(
        IReadOnlyList<RadscoreFeature> features, IReadOnlyList<FeatureRow> referenceRows, string sourceDescription)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(referenceRows);
        if (string.IsNullOrWhiteSpace(sourceDescription))
        {
            throw new ArgumentException("a description of the reference cases is required", nameof(sourceDescription));
        }

        var n = referenceRows.Count;
        if (n < 2)
        {
            throw new ArgumentException($"at least 2 reference cases are needed for a sample SD (got {n})", nameof(referenceRows));
        }

        var statistics = new List<FeatureStatistics>(features.Count);
        var values = new double[n];
        foreach (var feature in features)
        {
            var key = FeatureKey.Of(feature);
            for (var i = 0; i < n; i++)
            {
                var row = referenceRows[i];
                if (!row.Values.TryGetValue(key, out var value))
                {
                    throw new ArgumentException($"reference case '{row.CaseKey}' lacks feature '{feature.Name}' for phase '{feature.Phase}' (key '{key}')", nameof(referenceRows));
                }

                if (!double.IsFinite(value))
                {
                    throw new ArgumentException($"reference case '{row.CaseKey}' has a non-finite value ({value}) for '{key}'", nameof(referenceRows));
                }

                values[i] = value;
            }

            var mean = 0.0;
            for (var i = 0; i < n; i++)
            {
                mean += values[i];
            }

            mean /= n;
            var sumSquares = 0.0;
            for (var i = 0; i < n; i++)
            {
                var d = values[i] - mean;
                sumSquares += d * d;
            }

            var sd = Math.Sqrt(sumSquares / (n - 1));
            if (!(sd > 0))
            {
                throw new ArgumentException($"feature '{key}' has zero variance over the {n} reference cases; it cannot be standardised", nameof(referenceRows));
            }

            statistics.Add(new FeatureStatistics { Name = feature.Name, Phase = feature.Phase, Mean = mean, Sd = sd });
        }

        return new StandardizationStatistics
        {
            Source = sourceDescription,
            CaseCount = n,
            SdEstimator = StandardizationStatistics.SampleSdEstimator,
            Features = statistics,
        };
    }
}
