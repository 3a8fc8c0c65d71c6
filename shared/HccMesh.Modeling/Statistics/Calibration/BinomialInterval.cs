namespace HccMesh.Modeling.Statistics.Calibration;

/// <summary>Confidence interval for a binomial proportion x/n.</summary>
public enum BinomialInterval
{
    /// <summary>Exact (Clopper–Pearson) interval, as R's <c>binom.test(x, n)$conf.int</c>.</summary>
    ClopperPearson,

    /// <summary>Wilson score interval without continuity correction, as R's <c>prop.test(x, n, correct = FALSE)$conf.int</c>.</summary>
    Wilson,
}
