using System.Globalization;
using System.Text;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Scoring;

namespace HccMesh.Pipeline.Tests.Commands;

/// <summary>
/// Seeded cohort CSVs for an artifact: id, ehm, BMI, MVI, PV, ALB and the radscore's phase_feature columns. Features are
/// drawn around the artifact's standardisation means (± 2 SD, or ±50 % when it has none); the outcome defaults to
/// Bernoulli(logistic(0.4 + 0.6·lp)) with lp the artifact's combined linear predictor, i.e. miscalibrated on purpose.
/// </summary>
internal static class GeneratedCohort
{
    public static string Write(string path, ModelArtifact artifact, int n, int seed = 21, Func<int, double, string>? outcome = null)
    {
        var random = new Random(seed);
        var features = artifact.Radscore.Features;
        var stats = artifact.Radscore.Standardization?.Features;
        var header = new List<string> { "id", "BMI", "MVI", "PV", "ALB" };
        header.AddRange(features.Select(f => FeatureColumnName.Format(f.Phase, f.Name)));
        var rows = new List<List<string>>();
        for (var i = 0; i < n; i++)
        {
            var row = new List<string> { $"G{i + 1:D3}", F(19 + (10 * random.NextDouble())), I(i % 3 == 0), I(i % 4 == 0), F(33 + (12 * random.NextDouble())) };
            for (var k = 0; k < features.Count; k++)
            {
                var (mean, sd) = stats is null ? (1.0, 0.25) : (stats[k].Mean, stats[k].Sd);
                row.Add(F(mean + (sd * ((4 * random.NextDouble()) - 2))));
            }

            rows.Add(row);
        }

        var withoutOutcome = Csv(header, rows);
        var lp = CohortScorer.Score(artifact, CohortCsvReader.Read(new StringReader(withoutOutcome), "generated")).Select(p => p.CombinedLinearPredictor).ToList();
        outcome ??= (_, eta) => random.NextDouble() < 1 / (1 + Math.Exp(-(0.4 + (0.6 * eta)))) ? "1" : "0";
        header.Insert(1, "ehm");
        for (var i = 0; i < n; i++)
        {
            rows[i].Insert(1, outcome(i, lp[i]));
        }

        File.WriteAllText(path, Csv(header, rows));
        return path;
    }

    private static string Csv(List<string> header, List<List<string>> rows)
    {
        var text = new StringBuilder(string.Join(',', header)).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row)).Append('\n');
        }

        return text.ToString();
    }

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string I(bool b) => b ? "1" : "0";
}
