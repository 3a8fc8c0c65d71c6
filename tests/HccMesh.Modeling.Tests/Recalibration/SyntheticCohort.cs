using System.Globalization;
using System.Text;
using HccMesh.Modeling.Cohorts;

namespace HccMesh.Modeling.Tests.Recalibration;

/// <summary>
/// A seeded cohort for <see cref="OneFeatureArtifact"/>: x uniform on (−2, 2), ALB uniform on (30, 50) g/L, and
/// y ~ Bernoulli(logistic(−0.4 + 1.3·x − 0.02·(ALB − 40))), so the artifact's made-up coefficients are miscalibrated.
/// </summary>
internal static class SyntheticCohort
{
    public static string Csv(int n, int seed = 11, Func<int, double, string>? outcome = null)
    {
        var random = new Random(seed);
        var text = new StringBuilder($"id,ehm,ALB,{OneFeatureArtifact.Column}\n");
        for (var i = 0; i < n; i++)
        {
            var x = -2 + (4 * random.NextDouble());
            var alb = 30 + (20 * random.NextDouble());
            var eta = -0.4 + (1.3 * x) - (0.02 * (alb - 40));
            var y = random.NextDouble() < 1 / (1 + Math.Exp(-eta)) ? "1" : "0";
            text.Append(CultureInfo.InvariantCulture, $"C{i + 1:D3},{outcome?.Invoke(i, x) ?? y},{alb:R},{x:R}\n");
        }

        return text.ToString();
    }

    public static CohortTable Table(int n, int seed = 11, Func<int, double, string>? outcome = null) =>
        CohortCsvReader.Read(new StringReader(Csv(n, seed, outcome)), "synthetic.csv");
}
