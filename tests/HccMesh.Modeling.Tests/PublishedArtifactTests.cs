using HccMesh.TestData;
using HccMesh.Modeling.Artifacts;
using MathNet.Numerics.Distributions;

namespace HccMesh.Modeling.Tests;

public class PublishedArtifactTests
{
    private readonly ModelArtifact artifact = TestArtifacts.Published();

    [Fact]
    public void Shipped_artifact_is_standardized_and_declares_missing_statistics()
    {
        Assert.Equal("hcc-ehm-published", artifact.Id);
        Assert.Equal("1.0.0", artifact.Version);
        Assert.Equal(FeatureScale.Standardized, artifact.Radscore.FeatureScale);
        Assert.Null(artifact.Radscore.Standardization);
        Assert.False(string.IsNullOrWhiteSpace(artifact.Radscore.StandardizationMissingReason));
        Assert.Contains(ArtifactFlags.StandardizationMissing, artifact.Flags);
        Assert.Contains(ArtifactFlags.InterceptEstimated, artifact.Flags);
        Assert.DoesNotContain(ArtifactFlags.Demo, artifact.Flags);
        Assert.Equal("paper-hcc.yaml", artifact.Settings.FileName);
    }

    [Fact]
    public void Shipped_artifact_records_the_hash_of_the_shipped_parameter_file()
    {
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(RepositoryFiles.PaperSettingsPath)));

        Assert.Equal(sha, artifact.Settings.Sha256);
        Assert.DoesNotContain(ArtifactFlags.SettingsHashMissing, artifact.Flags);
    }

    [Fact]
    public void Shipped_radscore_matches_the_printed_coefficients_with_portal_phase_assumed()
    {
        Assert.Equal(PaperModel.RadscoreIntercept, artifact.Radscore.Intercept);
        Assert.Equal(PaperModel.RadscoreTerms.Length, artifact.Radscore.Features.Count);
        for (var i = 0; i < PaperModel.RadscoreTerms.Length; i++)
        {
            var feature = artifact.Radscore.Features[i];
            Assert.Equal(PaperModel.RadscoreTerms[i].Name, feature.Name);
            Assert.Equal(PaperModel.RadscoreTerms[i].Coefficient, feature.Coefficient);
            Assert.Equal(Phases.Portal, feature.Phase);
            Assert.True(feature.PhaseAssumed);
        }
    }

    [Fact]
    public void Shipped_model_coefficients_are_ln_of_the_published_odds_ratios()
    {
        var combined = artifact.CombinedModel.Terms.ToDictionary(t => t.Variable);
        Assert.Equal(Math.Log(PaperModel.CombinedOrMvi), combined["MVI"].Coefficient, 12);
        Assert.Equal(Math.Log(PaperModel.CombinedOrPv), combined["PV"].Coefficient, 12);
        Assert.Equal(Math.Log(PaperModel.CombinedOrAlb), combined["ALB"].Coefficient, 12);
        Assert.Equal(Math.Log(PaperModel.CombinedOrRadscore), combined["radscore"].Coefficient, 12);
        Assert.Equal(4, combined.Count);

        var clinical = artifact.ClinicalModel!.Terms.ToDictionary(t => t.Variable);
        Assert.Equal(Math.Log(PaperModel.ClinicalOrBmi), clinical["BMI"].Coefficient, 12);
        Assert.Equal(Math.Log(PaperModel.ClinicalOrMvi), clinical["MVI"].Coefficient, 12);
        Assert.Equal(Math.Log(PaperModel.ClinicalOrPv), clinical["PV"].Coefficient, 12);
        Assert.Equal(Math.Log(PaperModel.ClinicalOrAlb), clinical["ALB"].Coefficient, 12);
        Assert.Equal(4, clinical.Count);
    }

    [Fact]
    public void Shipped_binary_variables_are_coded_present_1_absent_2()
    {
        foreach (var name in new[] { "MVI", "PV" })
        {
            var variable = artifact.ClinicalVariables.Single(v => v.Name == name);
            Assert.Equal(ClinicalVariableKind.Binary, variable.Kind);
            Assert.Equal(1.0, variable.Coding!.Present);
            Assert.Equal(2.0, variable.Coding.Absent);
        }
    }

    /// <summary>
    /// Recomputes the intercepts from the model card's stated inputs: prediction at the Table 1 means
    /// equals 35/277; MVI/PV at mean code 1·p + 2·(1 − p); radscore at −2.157; BMI 24.22 (median);
    /// ALB mean = 45 − SD·Φ⁻¹(1 − 0.161) with the ASSUMED SD 5 g/L.
    /// </summary>
    [Fact]
    public void Shipped_intercepts_equal_the_documented_estimate()
    {
        var prevalence = (double)PaperModel.TrainingEvents / PaperModel.TrainingCases;
        var logitPrevalence = Math.Log(prevalence / (1 - prevalence));
        var mviMeanCode = PaperModel.MviPresentFraction * 1 + (1 - PaperModel.MviPresentFraction) * 2;
        var pvMeanCode = PaperModel.PvPresentFraction * 1 + (1 - PaperModel.PvPresentFraction) * 2;
        var albMean = 45 - PaperModel.AssumedAlbSd * Normal.InvCDF(0, 1, 1 - PaperModel.AlbAbove45Fraction);
        Assert.Equal(40.048, albMean, 3); // model card arithmetic: z = 0.99036, 45 − 4.9518

        var combinedIntercept = logitPrevalence
            - Math.Log(PaperModel.CombinedOrMvi) * mviMeanCode
            - Math.Log(PaperModel.CombinedOrPv) * pvMeanCode
            - Math.Log(PaperModel.CombinedOrAlb) * albMean
            - Math.Log(PaperModel.CombinedOrRadscore) * PaperModel.RadscoreIntercept;
        var clinicalIntercept = logitPrevalence
            - Math.Log(PaperModel.ClinicalOrBmi) * PaperModel.BmiMedian
            - Math.Log(PaperModel.ClinicalOrMvi) * mviMeanCode
            - Math.Log(PaperModel.ClinicalOrPv) * pvMeanCode
            - Math.Log(PaperModel.ClinicalOrAlb) * albMean;

        Assert.Equal(combinedIntercept, artifact.CombinedModel.Intercept, 9);
        Assert.Equal(clinicalIntercept, artifact.ClinicalModel!.Intercept, 9);
        Assert.True(artifact.CombinedModel.InterceptEstimated);
        Assert.True(artifact.ClinicalModel.InterceptEstimated);
        Assert.Contains("35/277", artifact.CombinedModel.InterceptMethod);
    }

    [Fact]
    public void Shipped_cutoff_is_the_training_prevalence_and_marked_assumed()
    {
        Assert.Equal(35.0 / 277.0, artifact.RiskCutoff.Probability, 15);
        Assert.True(artifact.RiskCutoff.Assumed);
        Assert.Contains("ASSUMED", artifact.RiskCutoff.Provenance);
        Assert.Contains(ArtifactFlags.CutoffAssumed, artifact.Flags);
    }

    [Fact]
    public void Model_card_exists_beside_the_artifact_and_states_the_intercept_arithmetic()
    {
        var card = File.ReadAllText(RepositoryFiles.PathOf("shared", "HccMesh.Modeling", "Models", "hcc-ehm-published.model-card.md"));
        Assert.Contains("ASSUMED", card);
        Assert.Contains("ln(OR)", card);
        Assert.Contains(artifact.CombinedModel.Intercept.ToString("F4", System.Globalization.CultureInfo.InvariantCulture), card);
        Assert.Contains(artifact.ClinicalModel!.Intercept.ToString("F4", System.Globalization.CultureInfo.InvariantCulture), card);
    }
}
