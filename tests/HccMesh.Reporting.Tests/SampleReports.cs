using HccMesh.TestData;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Scoring;

namespace HccMesh.Reporting.Tests;

/// <summary>Reports built through the real path: shipped artifact → demo artifact (synthetic statistics) → scorer → factory.</summary>
internal static class SampleReports
{
    public const string StudyUid = "1.2.826.0.1.3680043.8.498.12345678901234567890";

    public const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    public static readonly DateTimeOffset GeneratedAt = new(2026, 12, 3, 17, 30, 0, TimeSpan.Zero);

    public static ModelArtifact DemoArtifact()
    {
        var published = ModelArtifactJson.Load(RepositoryFiles.PublishedArtifactPath);
        // three rows per feature: 10·(i+1) − 1, 10·(i+1), 10·(i+1) + 1 → mean 10·(i+1), sample SD 1
        var rows = new[] { -1.0, 0.0, 1.0 }.Select(offset =>
        {
            var values = new Dictionary<string, double>();
            for (var i = 0; i < published.Radscore.Features.Count; i++)
            {
                values[FeatureKey.Of(published.Radscore.Features[i])] = 10.0 * (i + 1) + offset;
            }

            return new FeatureRow($"ref{offset}", values);
        }).ToList();
        return DemoArtifactBuilder.FromPublished(published, rows, "synthetic reporting-test rows", GeneratedAt);
    }

    /// <summary>Same content without the demo marker (a non-demo artifact for the banner test).</summary>
    public static ModelArtifact NonDemoArtifact()
    {
        var demo = DemoArtifact();
        var plain = demo with { Id = "hcc-ehm-local", Demo = null };
        return plain with { Flags = ArtifactFlags.Derive(plain) };
    }

    public static RiskAssessmentResult Score(ModelArtifact artifact)
    {
        var features = new Dictionary<string, double>();
        for (var i = 0; i < artifact.Radscore.Features.Count; i++)
        {
            features[FeatureKey.Of(artifact.Radscore.Features[i])] = 10.0 * (i + 1) + (i % 3 - 1) * 0.8;
        }

        var clinical = new ClinicalValues
        {
            BmiKgPerM2 = 22.9,
            MicrovascularInvasion = true,
            PortalVeinThrombosis = false,
            AlbuminGramsPerLitre = 41.5,
        };
        return RiskScorer.Score(artifact, features, clinical);
    }

    public static IReadOnlyList<PhaseImaging> Phases() =>
    [
        PhaseImaging.FromMask("portal", 52_340, [0.703125, 0.703125, 5.0], [1.0, 1.0, 1.0]),
        PhaseImaging.FromMask("arterial", 1_000, [0.8, 0.8, 2.5], null),
    ];

    public static StudyReport Report(ModelArtifact artifact) =>
        StudyReportFactory.Create(Score(artifact), StudyKey.FromStudyInstanceUid(StudyUid), Phases(), "0.1.0", TraceId, GeneratedAt);
}
