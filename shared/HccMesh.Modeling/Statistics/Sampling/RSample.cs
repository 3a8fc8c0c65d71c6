namespace HccMesh.Modeling.Statistics.Sampling;

/// <summary>
/// R's uniform sampling without replacement, drawing from an <see cref="RMersenneTwister"/> exactly as R does
/// with sample.kind "Rejection". Learned from R's src/main/random.c (do_sample), src/main/unique.c (do_sample2)
/// and src/library/base/R/sample.R (wch/r-source).
/// </summary>
public static class RSample
{
    /// <summary>sample.int switches to its hash algorithm (do_sample2) when n &gt; 1e7 and size ≤ n/2.</summary>
    private const double HashThreshold = 1e7;

    /// <summary>
    /// R's <c>sample.int(n, size)</c> (replace = FALSE, no prob): <paramref name="size"/> distinct values in 1..n.
    /// For size ≥ 2 (and n ≤ 1e7 or size &gt; n/2) R draws j = R_unif_index(m) from a pool 0..m−1, takes pool[j] + 1 and
    /// moves the pool's last element into slot j (m decreasing from n). For size ≤ 1 it takes R_unif_index(n) + 1
    /// directly. For n &gt; 1e7 and size ≤ n/2 it redraws R_unif_index(n) + 1 until unseen (at most 100 tries).
    /// </summary>
    public static int[] SampleWithoutReplacement(RMersenneTwister rng, int n, int size)
    {
        ArgumentNullException.ThrowIfNull(rng);
        if (n < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "The population size must be non-negative.");
        }

        if (size < 0 || size > n)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"Cannot take a sample of {size} from a population of {n} without replacement.");
        }

        var result = new int[size];
        if (n > HashThreshold && size <= n / 2.0)
        {
            SampleByRejectingDuplicates(rng, n, result);
        }
        else if (size < 2)
        {
            for (var i = 0; i < size; i++)
            {
                result[i] = (int)rng.UnifIndex(n) + 1;
            }
        }
        else
        {
            var pool = new int[n];
            for (var i = 0; i < n; i++)
            {
                pool[i] = i;
            }

            var remaining = n;
            for (var i = 0; i < size; i++)
            {
                var j = (int)rng.UnifIndex(remaining);
                result[i] = pool[j] + 1;
                pool[j] = pool[--remaining];
            }
        }

        return result;
    }

    /// <summary>
    /// R's <c>sample(x)</c> for a vector x: <c>x[sample.int(length(x))]</c>. (R's <c>sample(k)</c> for a single
    /// number k ≥ 1 means <c>sample.int(k)</c> instead; that overload quirk is not reproduced here.)
    /// </summary>
    public static T[] Permute<T>(RMersenneTwister rng, IReadOnlyList<T> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var order = SampleWithoutReplacement(rng, x.Count, x.Count);
        var result = new T[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            result[i] = x[order[i] - 1];
        }

        return result;
    }

    private static void SampleByRejectingDuplicates(RMersenneTwister rng, int n, int[] result)
    {
        var seen = new HashSet<int>(result.Length);
        for (var i = 0; i < result.Length; i++)
        {
            // R gives up after 100 tries and keeps the (duplicate) last draw; with size ≤ n/2 that never happens in practice.
            for (var attempt = 0; attempt < 100; attempt++)
            {
                result[i] = (int)rng.UnifIndex(n) + 1;
                if (seen.Add(result[i]))
                {
                    break;
                }
            }
        }
    }
}
