namespace HccMesh.Modeling.Statistics.Reliability;

/// <summary>Sums of squares of the two-way (subjects × raters, one observation per cell) ANOVA.</summary>
internal readonly record struct AnovaSquares(double SubjectsSumOfSquares, double RatersSumOfSquares, double ErrorSumOfSquares)
{
    /// <summary>From a row-major n × k table. Deviations are taken from the grand mean (two-pass) for accuracy.</summary>
    public static AnovaSquares Of(double[] x, int n, int k)
    {
        var grand = 0.0;
        for (var index = 0; index < x.Length; index++)
        {
            if (!double.IsFinite(x[index]))
            {
                throw new ArgumentException($"Value at subject {index / k}, rater {index % k} is not finite; ICC needs complete data.");
            }

            grand += x[index];
        }

        grand /= x.Length;

        var rowMeans = new double[n];
        var columnMeans = new double[k];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var deviation = x[(i * k) + j] - grand;
                rowMeans[i] += deviation;
                columnMeans[j] += deviation;
            }
        }

        var subjects = 0.0;
        for (var i = 0; i < n; i++)
        {
            rowMeans[i] /= k;
            subjects += rowMeans[i] * rowMeans[i];
        }

        var raters = 0.0;
        for (var j = 0; j < k; j++)
        {
            columnMeans[j] /= n;
            raters += columnMeans[j] * columnMeans[j];
        }

        // Residual computed cell by cell rather than as SST − SSR − SSC, which would cancel badly under strong agreement.
        var error = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var residual = x[(i * k) + j] - grand - rowMeans[i] - columnMeans[j];
                error += residual * residual;
            }
        }

        return new AnovaSquares(subjects * k, raters * n, error);
    }
}
