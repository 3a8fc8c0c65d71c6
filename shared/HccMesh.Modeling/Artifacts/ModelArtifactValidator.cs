using System.Text.RegularExpressions;

namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// Strict structural and consistency checks of a <see cref="ModelArtifact"/>. The first problem
/// found is thrown as <see cref="ModelArtifactException"/> naming the JSON path of the field.
/// </summary>
public static partial class ModelArtifactValidator
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>|coefficient − ln(OR)| allowed between the two stored forms of a term.</summary>
    private const double CoefficientTolerance = 1e-9;

    public static void Validate(ModelArtifact artifact)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        if (artifact.SchemaVersion != CurrentSchemaVersion)
        {
            throw new ModelArtifactException("schemaVersion", $"unsupported value {artifact.SchemaVersion}; expected {CurrentSchemaVersion}");
        }

        if (!IdPattern().IsMatch(artifact.Id ?? ""))
        {
            throw new ModelArtifactException("id", $"'{artifact.Id}' is not a lower-case kebab id (a-z, 0-9, '-')");
        }

        if (!SemVerPattern().IsMatch(artifact.Version ?? ""))
        {
            throw new ModelArtifactException("version", $"'{artifact.Version}' is not a semantic version MAJOR.MINOR.PATCH");
        }

        RequireText(artifact.SoftwareVersion, "softwareVersion");
        RequireText(artifact.Provenance, "provenance");
        ValidateSettings(artifact.Settings);
        ValidateDemo(artifact.Demo);
        ValidateRadscore(artifact.Radscore);
        var variables = ValidateClinicalVariables(artifact.ClinicalVariables);
        ValidateLogisticModel(artifact.CombinedModel, "combinedModel", variables, requireRadscore: true);
        if (artifact.ClinicalModel is not null)
        {
            ValidateLogisticModel(artifact.ClinicalModel, "clinicalModel", variables, requireRadscore: false);
        }

        ValidateCutoff(artifact.RiskCutoff);
        ValidateFlags(artifact);
    }

    private static void ValidateSettings(SettingsReference? settings)
    {
        if (settings is null)
        {
            throw new ModelArtifactException("settings", "is required");
        }

        RequireText(settings.FileName, "settings.fileName");
        if (settings.FileName.IndexOfAny(['/', '\\']) >= 0)
        {
            throw new ModelArtifactException("settings.fileName", $"'{settings.FileName}' must be a file name without directories");
        }

        if (settings.Sha256 is not null && !Sha256Pattern().IsMatch(settings.Sha256))
        {
            throw new ModelArtifactException("settings.sha256", "must be 64 lower-case hex digits (SHA-256 of the parameter file), or absent");
        }
    }

    private static void ValidateDemo(DemoMarker? demo)
    {
        if (demo is null)
        {
            return;
        }

        RequireText(demo.Notice, "demo.notice");
        RequireText(demo.DerivedFrom, "demo.derivedFrom");
    }

    private static void ValidateRadscore(RadscoreModel? radscore)
    {
        if (radscore is null)
        {
            throw new ModelArtifactException("radscore", "is required");
        }

        if (radscore.FeatureScale is not (FeatureScale.Raw or FeatureScale.Standardized))
        {
            throw new ModelArtifactException("radscore.featureScale",
                $"unknown value '{radscore.FeatureScale}'; expected '{FeatureScale.Raw}' or '{FeatureScale.Standardized}'");
        }

        RequireFinite(radscore.Intercept, "radscore.intercept");
        if (radscore.Features is null || radscore.Features.Count == 0)
        {
            throw new ModelArtifactException("radscore.features", "must list at least one feature");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < radscore.Features.Count; i++)
        {
            var feature = radscore.Features[i];
            var path = $"radscore.features[{i}]";
            RequireFeatureName(feature.Name, path + ".name");
            RequirePhase(feature.Phase, path + ".phase");
            RequireFinite(feature.Coefficient, path + ".coefficient");
            var key = FeatureKey.Of(feature);
            if (!seen.TryAdd(key, i))
            {
                throw new ModelArtifactException(path, $"duplicate feature '{key}' (also at radscore.features[{seen[key]}])");
            }
        }

        ValidateStandardization(radscore, seen);
    }

    private static void ValidateStandardization(RadscoreModel radscore, Dictionary<string, int> featureIndexByKey)
    {
        var stats = radscore.Standardization;
        var hasReason = !string.IsNullOrWhiteSpace(radscore.StandardizationMissingReason);
        if (radscore.FeatureScale == FeatureScale.Raw)
        {
            if (stats is not null || radscore.StandardizationMissingReason is not null)
            {
                throw new ModelArtifactException("radscore.standardization", "must be absent when featureScale is 'raw'");
            }

            return;
        }

        if (stats is null)
        {
            if (!hasReason)
            {
                throw new ModelArtifactException("radscore.standardization",
                    "is required when featureScale is 'standardized' (per-feature mean and sd); if the statistics are not available, " +
                    "say why in radscore.standardizationMissingReason");
            }

            return;
        }

        if (radscore.StandardizationMissingReason is not null)
        {
            throw new ModelArtifactException("radscore.standardizationMissingReason", "must be absent when radscore.standardization is present");
        }

        RequireText(stats.Source, "radscore.standardization.source");
        if (stats.CaseCount < 2)
        {
            throw new ModelArtifactException("radscore.standardization.caseCount", $"must be ≥ 2 for a sample SD (found {stats.CaseCount})");
        }

        if (stats.SdEstimator != StandardizationStatistics.SampleSdEstimator)
        {
            throw new ModelArtifactException("radscore.standardization.sdEstimator",
                $"unknown value '{stats.SdEstimator}'; expected '{StandardizationStatistics.SampleSdEstimator}'");
        }

        if (stats.Features is null)
        {
            throw new ModelArtifactException("radscore.standardization.features", "is required");
        }

        var covered = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < stats.Features.Count; i++)
        {
            var entry = stats.Features[i];
            var path = $"radscore.standardization.features[{i}]";
            RequireFeatureName(entry.Name, path + ".name");
            RequirePhase(entry.Phase, path + ".phase");
            var key = FeatureKey.Of(entry.Phase, entry.Name);
            if (!featureIndexByKey.ContainsKey(key))
            {
                throw new ModelArtifactException(path, $"'{key}' is not a radscore feature");
            }

            if (!covered.Add(key))
            {
                throw new ModelArtifactException(path, $"duplicate statistics for '{key}'");
            }

            RequireFinite(entry.Mean, path + ".mean");
            if (!double.IsFinite(entry.Sd) || entry.Sd <= 0)
            {
                throw new ModelArtifactException(path + ".sd", $"must be finite and > 0 (found {entry.Sd:R}) for '{key}'");
            }
        }

        foreach (var key in featureIndexByKey.Keys)
        {
            if (!covered.Contains(key))
            {
                throw new ModelArtifactException("radscore.standardization.features", $"no mean/sd for radscore feature '{key}'");
            }
        }
    }

    private static Dictionary<string, ClinicalVariable> ValidateClinicalVariables(IReadOnlyList<ClinicalVariable>? variables)
    {
        if (variables is null)
        {
            throw new ModelArtifactException("clinicalVariables", "is required");
        }

        var byName = new Dictionary<string, ClinicalVariable>(StringComparer.Ordinal);
        for (var i = 0; i < variables.Count; i++)
        {
            var variable = variables[i];
            var path = $"clinicalVariables[{i}]";
            if (!ClinicalVariableNames.Expected.TryGetValue(variable.Name ?? "", out var expected))
            {
                throw new ModelArtifactException(path + ".name",
                    $"unknown clinical variable '{variable.Name}'; expected one of {string.Join(", ", ClinicalVariableNames.Expected.Keys)}");
            }

            if (!byName.TryAdd(variable.Name!, variable))
            {
                throw new ModelArtifactException(path + ".name", $"duplicate clinical variable '{variable.Name}'");
            }

            if (variable.Kind is not (ClinicalVariableKind.Binary or ClinicalVariableKind.Continuous))
            {
                throw new ModelArtifactException(path + ".kind",
                    $"unknown value '{variable.Kind}' for {variable.Name}; expected '{ClinicalVariableKind.Binary}' or '{ClinicalVariableKind.Continuous}'");
            }

            if (variable.Kind != expected.Kind)
            {
                throw new ModelArtifactException(path + ".kind", $"{variable.Name} must be '{expected.Kind}' (found '{variable.Kind}')");
            }

            if (variable.Kind == ClinicalVariableKind.Binary)
            {
                ValidateCoding(variable, path);
            }
            else
            {
                if (variable.Coding is not null)
                {
                    throw new ModelArtifactException(path + ".coding", $"must be absent for continuous variable {variable.Name}");
                }

                if (variable.Unit != expected.Unit)
                {
                    throw new ModelArtifactException(path + ".unit", $"{variable.Name} must be in '{expected.Unit}' (found '{variable.Unit}')");
                }
            }
        }

        return byName;
    }

    private static void ValidateCoding(ClinicalVariable variable, string path)
    {
        var coding = variable.Coding
            ?? throw new ModelArtifactException(path + ".coding", $"is required for binary variable {variable.Name} (numeric codes for present and absent)");
        RequireFinite(coding.Present, path + ".coding.present");
        RequireFinite(coding.Absent, path + ".coding.absent");
        if (coding.Present == coding.Absent)
        {
            throw new ModelArtifactException(path + ".coding", $"present and absent codes of {variable.Name} must differ");
        }

        if (variable.Unit is not null)
        {
            throw new ModelArtifactException(path + ".unit", $"must be absent for binary variable {variable.Name}");
        }
    }

    private static void ValidateLogisticModel(LogisticModel? model, string path, Dictionary<string, ClinicalVariable> variables, bool requireRadscore)
    {
        if (model is null)
        {
            throw new ModelArtifactException(path, "is required");
        }

        RequireText(model.Source, path + ".source");
        RequireFinite(model.Intercept, path + ".intercept");
        if (model.InterceptEstimated && string.IsNullOrWhiteSpace(model.InterceptMethod))
        {
            throw new ModelArtifactException(path + ".interceptMethod", "is required when interceptEstimated is true");
        }

        if (model.Terms is null || model.Terms.Count == 0)
        {
            throw new ModelArtifactException(path + ".terms", "must list at least one term");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < model.Terms.Count; i++)
        {
            var term = model.Terms[i];
            var termPath = $"{path}.terms[{i}]";
            var isRadscore = term.Variable == ClinicalVariableNames.Radscore;
            if (isRadscore && !requireRadscore)
            {
                throw new ModelArtifactException(termPath + ".variable", "the clinical model must not contain the radscore");
            }

            if (!isRadscore && !variables.ContainsKey(term.Variable ?? ""))
            {
                throw new ModelArtifactException(termPath + ".variable", $"'{term.Variable}' is neither 'radscore' nor a declared clinical variable");
            }

            if (!seen.Add(term.Variable!))
            {
                throw new ModelArtifactException(termPath + ".variable", $"duplicate term '{term.Variable}'");
            }

            if (!double.IsFinite(term.OddsRatio) || term.OddsRatio <= 0)
            {
                throw new ModelArtifactException(termPath + ".oddsRatio", $"must be finite and > 0 (found {term.OddsRatio:R})");
            }

            RequireFinite(term.Coefficient, termPath + ".coefficient");
            var expected = Math.Log(term.OddsRatio);
            if (Math.Abs(term.Coefficient - expected) > CoefficientTolerance)
            {
                throw new ModelArtifactException(termPath + ".coefficient", $"must equal ln(oddsRatio) = {expected:R} (found {term.Coefficient:R})");
            }
        }

        if (requireRadscore && !seen.Contains(ClinicalVariableNames.Radscore))
        {
            throw new ModelArtifactException(path + ".terms", "the combined model must contain a 'radscore' term");
        }
    }

    private static void ValidateCutoff(RiskCutoff? cutoff)
    {
        if (cutoff is null)
        {
            throw new ModelArtifactException("riskCutoff", "is required");
        }

        if (!(cutoff.Probability > 0 && cutoff.Probability < 1))
        {
            throw new ModelArtifactException("riskCutoff.probability", $"must lie strictly between 0 and 1 (found {cutoff.Probability:R})");
        }

        if (cutoff.AppliesTo != "combined")
        {
            throw new ModelArtifactException("riskCutoff.appliesTo", $"unknown value '{cutoff.AppliesTo}'; expected 'combined'");
        }

        RequireText(cutoff.Provenance, "riskCutoff.provenance");
    }

    private static void ValidateFlags(ModelArtifact artifact)
    {
        var stored = artifact.Flags ?? throw new ModelArtifactException("flags", "is required");
        var derived = ArtifactFlags.Derive(artifact);
        if (stored.Count != derived.Count || !derived.All(stored.Contains))
        {
            throw new ModelArtifactException("flags",
                $"[{string.Join(", ", stored)}] does not match the artifact's content, which implies [{string.Join(", ", derived)}]");
        }
    }

    private static void RequireText(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ModelArtifactException(field, "is required and must not be empty");
        }
    }

    private static void RequireFinite(double value, string field)
    {
        if (!double.IsFinite(value))
        {
            throw new ModelArtifactException(field, $"must be a finite number (found {value:R})");
        }
    }

    private static void RequireFeatureName(string? name, string field)
    {
        RequireText(name, field);
        if (name!.Contains(FeatureKey.Separator, StringComparison.Ordinal) || name.Any(char.IsWhiteSpace))
        {
            throw new ModelArtifactException(field, $"'{name}' must not contain '/' or white space");
        }
    }

    private static void RequirePhase(string? phase, string field)
    {
        if (phase is null || !Phases.Known.Contains(phase))
        {
            throw new ModelArtifactException(field, $"unknown phase '{phase}'; expected one of {string.Join(", ", Phases.Known)}");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    // semver.org 2.0.0, core plus optional pre-release / build parts
    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemVerPattern();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();
}
