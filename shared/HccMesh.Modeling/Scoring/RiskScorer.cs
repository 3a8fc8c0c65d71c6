using HccMesh.Modeling.Artifacts;

namespace HccMesh.Modeling.Scoring;

/// <summary>
/// Scores one study with a model artifact:
/// radscore = b_r + Σ c_i · x_i (x_i = z-score for standardised models, raw value otherwise);
/// combined η = b_0 + Σ ln(OR_j) · coded_j + ln(OR_radscore) · radscore, p = logistic(η);
/// risk group "high" iff p ≥ cutoff. The clinical-only model is evaluated too when present.
/// </summary>
public static class RiskScorer
{
    public const string StandardizeRemedy =
        "run `hccmesh model standardize --model <artifact> --reference <features.csv>` on local reference cases (`hccmesh features export` writes the CSV), or use the demo artifact (" + DemoArtifactBuilder.DemoId + ")";

    /// <summary>
    /// Refuses, before any feature is computed, an artifact that cannot score: invalid, standardised without
    /// statistics, or tied to another parameter file than <paramref name="extractionSettingsSha256"/>.
    /// </summary>
    public static void EnsureScorable(ModelArtifact artifact, string? extractionSettingsSha256 = null)
    {
        ModelArtifactValidator.Validate(artifact);
        var radscoreModel = artifact.Radscore;
        if (radscoreModel.FeatureScale == FeatureScale.Standardized && radscoreModel.Standardization is null)
        {
            throw new ModelArtifactException("radscore.standardization",
                $"model {artifact.Id} {artifact.Version} has standardised radscore coefficients but no per-feature mean and SD " +
                $"({radscoreModel.StandardizationMissingReason}); scoring is refused. Remedy: {StandardizeRemedy}.");
        }

        CheckSettingsHash(artifact, extractionSettingsSha256);
    }

    /// <param name="artifact">A valid artifact (validated again here).</param>
    /// <param name="featuresByPhasePrefixedName">Feature values keyed "phase/featureName" (<see cref="FeatureKey"/>); extra keys are ignored.</param>
    /// <param name="clinical">Clinical inputs; every variable a model of the artifact uses must be present.</param>
    /// <param name="extractionSettingsSha256">SHA-256 of the parameter file the features were extracted with;
    /// when both it and the artifact's hash are known they must agree.</param>
    public static RiskAssessmentResult Score(
        ModelArtifact artifact,
        IReadOnlyDictionary<string, double> featuresByPhasePrefixedName,
        ClinicalValues clinical,
        string? extractionSettingsSha256 = null)
    {
        ArgumentNullException.ThrowIfNull(featuresByPhasePrefixedName);
        ArgumentNullException.ThrowIfNull(clinical);
        EnsureScorable(artifact, extractionSettingsSha256);
        var radscoreModel = artifact.Radscore;
        var standardized = radscoreModel.FeatureScale == FeatureScale.Standardized;
        var contributions = ScoreFeatures(radscoreModel, featuresByPhasePrefixedName, standardized);
        var radscore = radscoreModel.Intercept;
        foreach (var c in contributions)
        {
            radscore += c.Contribution;
        }

        var variables = artifact.ClinicalVariables.ToDictionary(v => v.Name, StringComparer.Ordinal);
        var combined = Predict(artifact.CombinedModel, variables, clinical, radscore);
        var clinicalOnly = artifact.ClinicalModel is null ? null : Predict(artifact.ClinicalModel, variables, clinical, radscore);
        return new RiskAssessmentResult
        {
            ModelId = artifact.Id,
            ModelVersion = artifact.Version,
            Settings = artifact.Settings,
            FeatureScale = radscoreModel.FeatureScale,
            RadscoreIntercept = radscoreModel.Intercept,
            Radscore = radscore,
            Contributions = contributions,
            Combined = combined,
            Clinical = clinicalOnly,
            Probability = combined.Probability,
            RiskGroup = combined.Probability >= artifact.RiskCutoff.Probability ? RiskGroups.High : RiskGroups.Low,
            Cutoff = artifact.RiskCutoff,
            ClinicalInputs = clinical,
            Flags = FlagsOf(artifact),
        };
    }

    private static void CheckSettingsHash(ModelArtifact artifact, string? extractionSettingsSha256)
    {
        var required = artifact.Settings.Sha256;
        if (required is null || extractionSettingsSha256 is null)
        {
            return;
        }

        if (!string.Equals(required, extractionSettingsSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ScoringInputException("settings",
                $"features were extracted with settings SHA-256 {extractionSettingsSha256}, but model {artifact.Id} {artifact.Version} " +
                $"requires {artifact.Settings.FileName} with SHA-256 {required}");
        }
    }

    private static List<FeatureContribution> ScoreFeatures(
        RadscoreModel model, IReadOnlyDictionary<string, double> features, bool standardized)
    {
        Dictionary<string, FeatureStatistics>? statsByKey = null;
        if (standardized)
        {
            statsByKey = model.Standardization!.Features.ToDictionary(s => FeatureKey.Of(s.Phase, s.Name), StringComparer.Ordinal);
        }

        var contributions = new List<FeatureContribution>(model.Features.Count);
        foreach (var feature in model.Features)
        {
            var key = FeatureKey.Of(feature);
            if (!features.TryGetValue(key, out var raw))
            {
                throw new ScoringInputException(key, $"radscore feature '{feature.Name}' for phase '{feature.Phase}' is missing from the inputs (key '{key}')");
            }

            if (!double.IsFinite(raw))
            {
                throw new ScoringInputException(key, $"radscore feature '{feature.Name}' for phase '{feature.Phase}' is not a finite number ({raw})");
            }

            double? mean = null, sd = null, z = null;
            var scaled = raw;
            if (statsByKey is not null)
            {
                var stats = statsByKey[key];
                mean = stats.Mean;
                sd = stats.Sd;
                scaled = (raw - stats.Mean) / stats.Sd;
                z = scaled;
            }

            contributions.Add(new FeatureContribution
            {
                Phase = feature.Phase,
                Name = feature.Name,
                Coefficient = feature.Coefficient,
                RawValue = raw,
                Mean = mean,
                Sd = sd,
                Z = z,
                ScaledValue = scaled,
                Contribution = feature.Coefficient * scaled,
            });
        }

        return contributions;
    }

    private static ModelPrediction Predict(
        LogisticModel model, Dictionary<string, ClinicalVariable> variables, ClinicalValues clinical, double radscore)
    {
        var terms = new List<TermContribution>(model.Terms.Count);
        var eta = model.Intercept;
        foreach (var term in model.Terms)
        {
            var x = term.Variable == ClinicalVariableNames.Radscore ? radscore : ClinicalValueCoder.Code(variables[term.Variable], clinical);
            var contribution = term.Coefficient * x;
            eta += contribution;
            terms.Add(new TermContribution
            {
                Variable = term.Variable,
                OddsRatio = term.OddsRatio,
                Coefficient = term.Coefficient,
                CodedValue = x,
                Contribution = contribution,
            });
        }

        return new ModelPrediction
        {
            Intercept = model.Intercept,
            InterceptEstimated = model.InterceptEstimated,
            Terms = terms,
            LinearPredictor = eta,
            Probability = Logistic.Probability(eta),
        };
    }

    private static RiskFlags FlagsOf(ModelArtifact artifact)
    {
        var notes = new List<string>();
        if (artifact.CombinedModel.InterceptEstimated)
        {
            notes.Add("combined model intercept estimated: " + artifact.CombinedModel.InterceptMethod);
        }

        if (artifact.ClinicalModel is { InterceptEstimated: true } clinicalModel)
        {
            notes.Add("clinical model intercept estimated: " + clinicalModel.InterceptMethod);
        }

        return new RiskFlags
        {
            Flags = artifact.Flags,
            Demo = artifact.Demo is not null,
            DemoNotice = artifact.Demo?.Notice,
            InterceptEstimated = notes.Count > 0,
            InterceptNote = notes.Count > 0 ? string.Join("\n", notes) : null,
            CutoffAssumed = artifact.RiskCutoff.Assumed,
            PhaseAssumed = artifact.Radscore.Features.Any(f => f.PhaseAssumed),
        };
    }
}
