using HccMesh.TestData;
using HccMesh.Modeling.Artifacts;

namespace HccMesh.Modeling.Tests;

/// <summary>Artifacts built from the shipped one for tests.</summary>
internal static class TestArtifacts
{
    /// <summary>Per-feature (mean, sd) the demo reference rows are built to have, in radscore order.</summary>
    public static readonly (double Mean, double Sd)[] KnownStatistics =
    [
        (5200.0, 1300.0),
        (0.012, 0.004),
        (91000.0, 25000.0),
        (6.1, 0.45),
        (310.0, 95.0),
        (2.4, 0.9),
        (0.55, 0.2),
        (0.0042, 0.0011),
        (0.031, 0.008),
    ];

    public static ModelArtifact Published() => ModelArtifactJson.Load(RepositoryFiles.PublishedArtifactPath);

    /// <summary>
    /// Three reference rows per feature: mean − sd, mean, mean + sd. Their mean is `mean` and their
    /// sample SD (N − 1) is sqrt((sd² + 0 + sd²) / 2) = sd.
    /// </summary>
    public static IReadOnlyList<FeatureRow> ReferenceRowsWithKnownStatistics(ModelArtifact published)
    {
        var rows = new List<FeatureRow>();
        foreach (var offset in new[] { -1.0, 0.0, 1.0 })
        {
            var values = new Dictionary<string, double>();
            for (var i = 0; i < published.Radscore.Features.Count; i++)
            {
                var (mean, sd) = KnownStatistics[i];
                values[FeatureKey.Of(published.Radscore.Features[i])] = mean + offset * sd;
            }

            rows.Add(new FeatureRow($"ref-{offset}", values));
        }

        return rows;
    }

    public static ModelArtifact Demo()
    {
        var published = Published();
        return DemoArtifactBuilder.FromPublished(published, ReferenceRowsWithKnownStatistics(published), "synthetic test rows",
            new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero));
    }
}
