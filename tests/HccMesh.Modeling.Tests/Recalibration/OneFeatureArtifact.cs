using HccMesh.Modeling.Artifacts;

namespace HccMesh.Modeling.Tests.Recalibration;

/// <summary>
/// A raw-scale artifact with one radscore feature, for recalibration tests:
/// radscore = <c>radscoreIntercept</c> + <c>featureCoefficient</c> · x, combined η = <c>intercept</c> + <c>radscoreCoefficient</c> · radscore
/// (+ ln OR_ALB · ALB when <c>withAlbumin</c>), and optionally a clinical model η = <c>clinicalIntercept</c> + ln OR_ALB · ALB.
/// </summary>
internal static class OneFeatureArtifact
{
    public const string FeatureName = "original_firstorder_Mean";

    public const string Column = "portal_" + FeatureName;

    public static ModelArtifact Build(
        double radscoreIntercept, double featureCoefficient, double intercept, double radscoreCoefficient,
        double? albuminCoefficient = null, double? clinicalIntercept = null)
    {
        var albumin = new ClinicalVariable { Name = ClinicalVariableNames.Alb, Kind = ClinicalVariableKind.Continuous, Unit = "g/L" };
        var combinedTerms = new List<ModelTerm> { Term(ClinicalVariableNames.Radscore, radscoreCoefficient) };
        if (albuminCoefficient is { } alb)
        {
            combinedTerms.Insert(0, Term(ClinicalVariableNames.Alb, alb));
        }

        var artifact = new ModelArtifact
        {
            SchemaVersion = 1,
            Id = "recalibration-test",
            Version = "1.0.0",
            Created = new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero),
            SoftwareVersion = "0.1.0",
            Provenance = "Test artifact.",
            Settings = new SettingsReference { FileName = "paper-hcc.yaml" },
            Flags = [],
            Radscore = new RadscoreModel
            {
                FeatureScale = FeatureScale.Raw,
                Intercept = radscoreIntercept,
                Features = [new RadscoreFeature { Name = FeatureName, Phase = Phases.Portal, Coefficient = featureCoefficient }],
            },
            ClinicalVariables = albuminCoefficient is null ? [] : [albumin],
            CombinedModel = new LogisticModel
            {
                Source = "test",
                Terms = combinedTerms,
                Intercept = intercept,
                InterceptEstimated = true,
                InterceptMethod = "made up for the test",
            },
            ClinicalModel = clinicalIntercept is { } ci && albuminCoefficient is { } a
                ? new LogisticModel { Source = "test clinical", Terms = [Term(ClinicalVariableNames.Alb, a)], Intercept = ci, InterceptEstimated = true, InterceptMethod = "made up" }
                : null,
            RiskCutoff = new RiskCutoff { Probability = 0.3, AppliesTo = "combined", Provenance = "test", Assumed = true },
        };
        return artifact with { Flags = ArtifactFlags.Derive(artifact) };
    }

    private static ModelTerm Term(string variable, double coefficient) =>
        new() { Variable = variable, Coefficient = coefficient, OddsRatio = Math.Exp(coefficient) };
}
