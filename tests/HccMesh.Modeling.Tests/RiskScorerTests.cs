using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Scoring;

namespace HccMesh.Modeling.Tests;

public class RiskScorerTests
{
    /// <summary>Hand-made z-scores, one per radscore feature in printed order.</summary>
    private static readonly double[] Z = [0.5, -1.2, 2.0, 0.3, -0.7, 1.1, 0.0, -0.4, 1.6];

    private static readonly ClinicalValues Patient = new()
    {
        BmiKgPerM2 = 23.5,
        MicrovascularInvasion = true,
        PortalVeinThrombosis = false,
        AlbuminGramsPerLitre = 38.0,
    };

    private static Dictionary<string, double> FeaturesAt(double[] z)
    {
        var features = new Dictionary<string, double> { ["portal/original_firstorder_Mean"] = 99.0 }; // extra keys are ignored
        for (var i = 0; i < z.Length; i++)
        {
            var (mean, sd) = TestArtifacts.KnownStatistics[i];
            features["portal/" + PaperModel.RadscoreTerms[i].Name] = mean + z[i] * sd;
        }

        return features;
    }

    [Fact]
    public void Radscore_is_intercept_plus_coefficients_times_z_scores()
    {
        var result = RiskScorer.Score(TestArtifacts.Demo(), FeaturesAt(Z), Patient);

        // by hand: 0.188·0.5 − 0.062·(−1.2) + 0.067·2 + 0.033·0.3 + 0.009·(−0.7) + 0.301·1.1 − 0.033·0
        //          − 0.157·(−0.4) − 0.499·1.6 = −0.0985;  radscore = −2.157 − 0.0985 = −2.2555
        Assert.Equal(-2.2555, result.Radscore, 12);
        Assert.Equal(9, result.Contributions.Count);
        for (var i = 0; i < Z.Length; i++)
        {
            var c = result.Contributions[i];
            Assert.Equal(Z[i], c.Z!.Value, 12);
            Assert.Equal(PaperModel.RadscoreTerms[i].Coefficient * Z[i], c.Contribution, 12);
            Assert.Equal(TestArtifacts.KnownStatistics[i].Mean, c.Mean!.Value, Math.Abs(c.Mean.Value) * 1e-12);
            Assert.Equal(TestArtifacts.KnownStatistics[i].Sd, c.Sd!.Value, c.Sd.Value * 1e-12);
            Assert.Equal(FeaturesAt(Z)["portal/" + PaperModel.RadscoreTerms[i].Name], c.RawValue);
        }
    }

    [Fact]
    public void Combined_probability_is_logistic_of_ln_odds_ratios_times_coded_values()
    {
        var demo = TestArtifacts.Demo();
        var result = RiskScorer.Score(demo, FeaturesAt(Z), Patient);

        // MVI present → code 1, PV absent → code 2, ALB 38 g/L, radscore −2.2555
        var eta = demo.CombinedModel.Intercept
            + Math.Log(PaperModel.CombinedOrMvi) * 1
            + Math.Log(PaperModel.CombinedOrPv) * 2
            + Math.Log(PaperModel.CombinedOrAlb) * 38.0
            + Math.Log(PaperModel.CombinedOrRadscore) * -2.2555;
        var p = 1.0 / (1.0 + Math.Exp(-eta));
        Assert.Equal(eta, result.Combined.LinearPredictor, 10);
        Assert.Equal(p, result.Probability, 12);
        Assert.Equal(result.Probability, result.Combined.Probability);
        Assert.Equal(p >= 35.0 / 277.0 ? "high" : "low", result.RiskGroup);
        Assert.Equal(35.0 / 277.0, result.Cutoff.Probability, 15);
    }

    [Fact]
    public void Clinical_model_probability_uses_bmi_mvi_pv_alb()
    {
        var demo = TestArtifacts.Demo();
        var result = RiskScorer.Score(demo, FeaturesAt(Z), Patient);
        var eta = demo.ClinicalModel!.Intercept
            + Math.Log(PaperModel.ClinicalOrBmi) * 23.5
            + Math.Log(PaperModel.ClinicalOrMvi) * 1
            + Math.Log(PaperModel.ClinicalOrPv) * 2
            + Math.Log(PaperModel.ClinicalOrAlb) * 38.0;
        Assert.Equal(1.0 / (1.0 + Math.Exp(-eta)), result.Clinical!.Probability, 12);
    }

    [Fact]
    public void Patient_at_the_training_means_gets_the_training_prevalence()
    {
        // With the intercept chosen by the documented method, a case at the Table 1 mean codes and
        // ALB mean, z = 0 for every feature, has predicted probability 35/277 (= the cutoff).
        var demo = TestArtifacts.Demo();
        var result = RiskScorer.Score(demo, FeaturesAt(new double[9]), Patient);
        var albMean = 45 - 5 * MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - 0.161);
        // shift this patient's η (MVI code 1, PV code 2, ALB 38) to the mean codes 1.538, 1.949 and the ALB mean
        var eta = result.Combined.LinearPredictor
            + Math.Log(0.201) * (1.538 - 1) + Math.Log(0.144) * (1.949 - 2) + Math.Log(0.876) * (albMean - 38.0);
        Assert.Equal(PaperModel.RadscoreIntercept, result.Radscore, 12);
        Assert.Equal(35.0 / 277.0, 1 / (1 + Math.Exp(-eta)), 12);
    }

    [Fact]
    public void Risk_group_is_high_exactly_from_the_cutoff()
    {
        var demo = TestArtifacts.Demo();
        var atMeans = RiskScorer.Score(demo, FeaturesAt(new double[9]), Patient);
        var lowCutoff = demo with { RiskCutoff = demo.RiskCutoff with { Probability = atMeans.Probability } };
        Assert.Equal("high", RiskScorer.Score(lowCutoff, FeaturesAt(new double[9]), Patient).RiskGroup);
        var higherCutoff = demo with { RiskCutoff = demo.RiskCutoff with { Probability = Math.BitIncrement(atMeans.Probability) } };
        Assert.Equal("low", RiskScorer.Score(higherCutoff, FeaturesAt(new double[9]), Patient).RiskGroup);
    }

    [Fact]
    public void Raw_scale_model_multiplies_raw_values()
    {
        var published = TestArtifacts.Published();
        var raw = published with
        {
            Radscore = published.Radscore with { FeatureScale = FeatureScale.Raw, StandardizationMissingReason = null },
        };
        raw = raw with { Flags = ArtifactFlags.Derive(raw) };
        var features = FeaturesAt(Z);
        var result = RiskScorer.Score(raw, features, Patient);
        var expected = -2.157;
        for (var i = 0; i < 9; i++)
        {
            expected += PaperModel.RadscoreTerms[i].Coefficient * features["portal/" + PaperModel.RadscoreTerms[i].Name];
        }

        Assert.Equal(expected, result.Radscore, 9);
        Assert.Null(result.Contributions[0].Z);
        Assert.Null(result.Contributions[0].Mean);
    }

    [Fact]
    public void Published_artifact_alone_refuses_to_score_and_names_the_remedy()
    {
        var e = Assert.Throws<ModelArtifactException>(() => RiskScorer.Score(TestArtifacts.Published(), FeaturesAt(Z), Patient));
        Assert.Equal("radscore.standardization", e.Field);
        Assert.Contains("no per-feature mean and SD", e.Message);
        Assert.Contains("run `hccmesh model standardize --model <artifact> --reference <features.csv>` on local reference cases", e.Message);
        Assert.Contains("`hccmesh features export` writes the CSV", e.Message);
        Assert.Contains("or use the demo artifact (hcc-ehm-demo)", e.Message);
    }

    [Fact]
    public void Missing_albumin_is_refused_naming_ALB()
    {
        var e = Assert.Throws<ScoringInputException>(() =>
            RiskScorer.Score(TestArtifacts.Demo(), FeaturesAt(Z), Patient with { AlbuminGramsPerLitre = null }));
        Assert.Equal("ALB", e.Field);
        Assert.Contains("ALB", e.Message);
        Assert.Contains("missing", e.Message);
    }

    [Fact]
    public void Albumin_4_1_is_refused_as_a_g_per_dL_unit_error()
    {
        var e = Assert.Throws<ScoringInputException>(() =>
            RiskScorer.Score(TestArtifacts.Demo(), FeaturesAt(Z), Patient with { AlbuminGramsPerLitre = 4.1 }));
        Assert.Equal("ALB", e.Field);
        Assert.Contains("4.1", e.Message);
        Assert.Contains("g/dL", e.Message);
    }

    [Theory]
    [InlineData(9.99)]
    [InlineData(60.01)]
    public void Albumin_outside_10_to_60_is_refused(double alb)
    {
        var e = Assert.Throws<ScoringInputException>(() =>
            RiskScorer.Score(TestArtifacts.Demo(), FeaturesAt(Z), Patient with { AlbuminGramsPerLitre = alb }));
        Assert.Equal("ALB", e.Field);
    }

    [Theory]
    [InlineData(10.0)]
    [InlineData(60.0)]
    public void Albumin_at_the_range_limits_is_accepted(double alb)
    {
        var result = RiskScorer.Score(TestArtifacts.Demo(), FeaturesAt(Z), Patient with { AlbuminGramsPerLitre = alb });
        Assert.Equal(alb, result.Combined.Terms.Single(t => t.Variable == "ALB").CodedValue);
    }

    [Theory]
    [InlineData(9.5)]
    [InlineData(80.5)]
    [InlineData(double.NaN)]
    public void Implausible_bmi_is_refused(double bmi)
    {
        var e = Assert.Throws<ScoringInputException>(() =>
            RiskScorer.Score(TestArtifacts.Demo(), FeaturesAt(Z), Patient with { BmiKgPerM2 = bmi }));
        Assert.Equal("BMI", e.Field);
    }

    [Fact]
    public void Missing_bmi_is_refused_because_the_clinical_model_needs_it()
    {
        var e = Assert.Throws<ScoringInputException>(() =>
            RiskScorer.Score(TestArtifacts.Demo(), FeaturesAt(Z), Patient with { BmiKgPerM2 = null }));
        Assert.Equal("BMI", e.Field);
    }

    [Fact]
    public void Missing_finding_is_refused_naming_it()
    {
        var e = Assert.Throws<ScoringInputException>(() =>
            RiskScorer.Score(TestArtifacts.Demo(), FeaturesAt(Z), Patient with { PortalVeinThrombosis = null }));
        Assert.Equal("PV", e.Field);
    }

    [Fact]
    public void Coded_findings_follow_the_artifact_coding()
    {
        var result = RiskScorer.Score(TestArtifacts.Demo(), FeaturesAt(Z), Patient);
        Assert.Equal(1.0, result.Combined.Terms.Single(t => t.Variable == "MVI").CodedValue); // present
        Assert.Equal(2.0, result.Combined.Terms.Single(t => t.Variable == "PV").CodedValue);  // absent
    }

    [Fact]
    public void Missing_feature_is_refused_naming_feature_and_phase()
    {
        var features = FeaturesAt(Z);
        features.Remove("portal/wavelet-LHH_glcm_JointEnergy");
        var e = Assert.Throws<ScoringInputException>(() => RiskScorer.Score(TestArtifacts.Demo(), features, Patient));
        Assert.Equal("portal/wavelet-LHH_glcm_JointEnergy", e.Field);
        Assert.Contains("'wavelet-LHH_glcm_JointEnergy'", e.Message);
        Assert.Contains("phase 'portal'", e.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Non_finite_feature_is_refused_naming_it(double value)
    {
        var features = FeaturesAt(Z);
        features["portal/wavelet-HHL_glszm_ZoneEntropy"] = value;
        var e = Assert.Throws<ScoringInputException>(() => RiskScorer.Score(TestArtifacts.Demo(), features, Patient));
        Assert.Equal("portal/wavelet-HHL_glszm_ZoneEntropy", e.Field);
        Assert.Contains("not a finite number", e.Message);
    }

    [Fact]
    public void Features_from_another_phase_do_not_satisfy_a_portal_feature()
    {
        var features = FeaturesAt(Z);
        var value = features["portal/wavelet-LLL_glcm_MaximumProbability"];
        features.Remove("portal/wavelet-LLL_glcm_MaximumProbability");
        features["arterial/wavelet-LLL_glcm_MaximumProbability"] = value;
        var e = Assert.Throws<ScoringInputException>(() => RiskScorer.Score(TestArtifacts.Demo(), features, Patient));
        Assert.Equal("portal/wavelet-LLL_glcm_MaximumProbability", e.Field);
    }

    [Fact]
    public void Features_extracted_with_other_settings_are_refused()
    {
        var demo = TestArtifacts.Demo();
        demo = demo with { Settings = demo.Settings with { Sha256 = new string('a', 64) } };
        demo = demo with { Flags = ArtifactFlags.Derive(demo) };
        var e = Assert.Throws<ScoringInputException>(() => RiskScorer.Score(demo, FeaturesAt(Z), Patient, new string('b', 64)));
        Assert.Equal("settings", e.Field);
        Assert.NotNull(RiskScorer.Score(demo, FeaturesAt(Z), Patient, new string('a', 64)));
    }

    [Fact]
    public void Result_carries_demo_notice_intercept_note_and_model_identity()
    {
        var result = RiskScorer.Score(TestArtifacts.Demo(), FeaturesAt(Z), Patient);
        Assert.Equal("hcc-ehm-demo", result.ModelId);
        Assert.Equal("1.0.0", result.ModelVersion);
        Assert.True(result.Flags.Demo);
        Assert.Equal("demo reference — not for clinical use", result.Flags.DemoNotice);
        Assert.True(result.Flags.InterceptEstimated);
        Assert.Contains("35/277", result.Flags.InterceptNote);
        Assert.True(result.Flags.CutoffAssumed);
        Assert.True(result.Flags.PhaseAssumed);
        Assert.Contains("demo", result.Flags.Flags);
        Assert.True(result.Combined.InterceptEstimated);
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(800.0, 1.0)]
    [InlineData(-800.0, 0.0)]
    public void Logistic_is_stable_at_extreme_linear_predictors(double eta, double expected)
    {
        var p = Logistic.Probability(eta);
        Assert.True(double.IsFinite(p));
        Assert.Equal(expected, p, 15);
    }

    [Fact]
    public void Logit_inverts_the_logistic()
    {
        Assert.Equal(-1.9335896646672728, Logistic.Logit(35.0 / 277.0), 12); // ln(35/242)
        Assert.Equal(0.3, Logistic.Probability(Logistic.Logit(0.3)), 15);
    }
}
