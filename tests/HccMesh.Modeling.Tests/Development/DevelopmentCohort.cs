using System.Globalization;
using System.Text;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Tests.Cohorts;

namespace HccMesh.Modeling.Tests.Development;

/// <summary>A small generated cohort: a latent risk drives the outcome, MVI, ALB and the first few of 40 portal features.</summary>
internal static class DevelopmentCohort
{
    public static readonly ClinicalVariable[] Variables =
    [
        new() { Name = ClinicalVariableNames.Mvi, Kind = ClinicalVariableKind.Binary, Coding = new BinaryCoding { Present = 1, Absent = 0 } },
        new() { Name = ClinicalVariableNames.Alb, Kind = ClinicalVariableKind.Continuous, Unit = "g/L" },
    ];

    public static CohortTable Table(int patients, int seed, int features = 40, double signal = 0.9)
    {
        var random = new Random(seed);
        var csv = new StringBuilder("id,ehm,MVI,ALB");
        for (var j = 0; j < features; j++)
        {
            csv.Append(",portal_original_firstorder_F").Append(j);
        }

        csv.Append('\n');
        for (var i = 0; i < patients; i++)
        {
            var risk = Gauss(random);
            var ehm = risk + (0.7 * Gauss(random)) > 1.0 ? 1 : 0;
            var mvi = random.NextDouble() < 1 / (1 + Math.Exp(0.5 - (1.2 * risk))) ? 1 : 0;
            var alb = 40 - (2 * risk) + (4 * Gauss(random));
            csv.Append(CultureInfo.InvariantCulture, $"P{i:D3},{ehm},{mvi},{alb:R}");
            for (var j = 0; j < features; j++)
            {
                var value = (j < 4 ? signal * risk : 0) + Gauss(random);
                csv.Append(',').Append((100 + (10 * j) + (value * (1 + j))).ToString("R", CultureInfo.InvariantCulture));
            }

            csv.Append('\n');
        }

        return CohortCsv.Parse(csv.ToString());
    }

    public static CohortData Select(CohortTable table) => CohortSelector.Select(table, new CohortSelection
    {
        OutcomeColumn = "ehm",
        ClinicalColumns = ["MVI", "ALB"],
        BinaryColumns = ["MVI"],
    });

    private static double Gauss(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
