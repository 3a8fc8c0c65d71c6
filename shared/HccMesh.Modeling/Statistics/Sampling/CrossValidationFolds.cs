namespace HccMesh.Modeling.Statistics.Sampling;

/// <summary>Random cross-validation fold assignments reproducing R.</summary>
public static class CrossValidationFolds
{
    /// <summary>
    /// The fold ids <c>cv.glmnet(x, y, nfolds = folds)</c> draws after <c>set.seed(seed)</c> (glmnet 4.x, R/cv.glmnet.R:
    /// <c>foldid = sample(rep(seq(nfolds), length = N))</c>, its first use of the RNG), with R's default
    /// RNGkind (Mersenne-Twister, sample.kind "Rejection"). Values are 1..folds, one per observation.
    /// Fold sizes differ by at most one; they are not stratified by outcome.
    /// </summary>
    public static int[] LikeCvGlmnet(int n, int folds, int seed)
    {
        if (folds < 3)
        {
            // cv.glmnet: stop("nfolds must be bigger than 3; nfolds=10 recommended")
            throw new ArgumentOutOfRangeException(nameof(folds), folds, "cv.glmnet needs at least 3 folds.");
        }

        if (n < folds)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, $"{n} observations cannot fill {folds} folds; some folds would be empty.");
        }

        var repeated = new int[n];
        for (var i = 0; i < n; i++)
        {
            repeated[i] = (i % folds) + 1; // rep(seq(folds), length = n)
        }

        return RSample.Permute(new RMersenneTwister(seed), repeated);
    }
}
