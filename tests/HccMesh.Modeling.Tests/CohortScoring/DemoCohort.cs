using System.Globalization;
using System.Text;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;

namespace HccMesh.Modeling.Tests.CohortScoring;

/// <summary>
/// A generated cohort CSV for the 9-feature published / demo artifacts: id, lower-case clinical headers
/// (bmi, mvi, pv, alb — matched case-insensitively), then portal_&lt;feature&gt; columns at mean + z·sd of the demo statistics.
/// </summary>
internal static class DemoCohort
{
    public static readonly string[] Clinical = ["bmi", "mvi", "pv", "alb"];

    public static string Csv(ModelArtifact artifact, int n, Func<int, string, string?>? cell = null, int seed = 5)
    {
        var random = new Random(seed);
        var features = artifact.Radscore.Features;
        var header = new List<string> { "id" };
        header.AddRange(Clinical);
        header.AddRange(features.Select(f => FeatureColumnName.Format(f.Phase, f.Name)));
        var text = new StringBuilder(string.Join(',', header)).Append('\n');
        for (var i = 0; i < n; i++)
        {
            var values = new List<string>
            {
                $"S{i + 1:D2}",
                F(18 + (12 * random.NextDouble())),
                (i % 3 == 0 ? 1 : 0).ToString(CultureInfo.InvariantCulture),
                (i % 5 == 0 ? 1 : 0).ToString(CultureInfo.InvariantCulture),
                F(32 + (14 * random.NextDouble())),
            };
            for (var k = 0; k < features.Count; k++)
            {
                var (mean, sd) = TestArtifacts.KnownStatistics[k];
                values.Add(F(mean + (sd * (random.NextDouble() * 4 - 2))));
            }

            for (var c = 0; c < header.Count; c++)
            {
                if (cell?.Invoke(i, header[c]) is { } replaced)
                {
                    values[c] = replaced;
                }
            }

            text.Append(string.Join(',', values)).Append('\n');
        }

        return text.ToString();
    }

    public static CohortTable Table(ModelArtifact artifact, int n, Func<int, string, string?>? cell = null) =>
        CohortCsvReader.Read(new StringReader(Csv(artifact, n, cell)), "demo-cohort.csv");

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
