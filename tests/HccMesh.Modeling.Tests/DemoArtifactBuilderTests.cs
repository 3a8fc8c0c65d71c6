using HccMesh.Modeling.Artifacts;

namespace HccMesh.Modeling.Tests;

public class DemoArtifactBuilderTests
{
    [Fact]
    public void Demo_artifact_carries_id_notice_and_demo_flag()
    {
        var demo = TestArtifacts.Demo();
        Assert.Equal("hcc-ehm-demo", demo.Id);
        Assert.Equal("demo reference — not for clinical use", demo.Demo!.Notice);
        Assert.Equal("hcc-ehm-published@1.0.0", demo.Demo.DerivedFrom);
        Assert.Contains(ArtifactFlags.Demo, demo.Flags);
        Assert.DoesNotContain(ArtifactFlags.StandardizationMissing, demo.Flags);
        Assert.Contains(ArtifactFlags.InterceptEstimated, demo.Flags);
        Assert.Equal(3, demo.Radscore.Standardization!.CaseCount);
        Assert.Equal("synthetic test rows", demo.Radscore.Standardization.Source);
        Assert.Equal(StandardizationStatistics.SampleSdEstimator, demo.Radscore.Standardization.SdEstimator);
    }

    [Fact]
    public void Demo_keeps_the_published_coefficients_and_intercepts()
    {
        var published = TestArtifacts.Published();
        var demo = TestArtifacts.Demo();
        Assert.Equal(published.Radscore.Features, demo.Radscore.Features);
        Assert.Equal(published.CombinedModel.Intercept, demo.CombinedModel.Intercept);
        Assert.Equal(published.RiskCutoff, demo.RiskCutoff);
    }

    [Fact]
    public void Statistics_are_mean_and_sample_sd_with_n_minus_1()
    {
        var published = TestArtifacts.Published();
        var feature = published.Radscore.Features[0];
        var key = FeatureKey.Of(feature);
        // values 1, 2, 3, 4: mean 2.5, Σ(x − mean)² = 5, sample SD = sqrt(5 / 3) (population SD would be sqrt(5 / 4))
        var rows = new[] { 1.0, 2.0, 3.0, 4.0 }
            .Select((v, i) => new FeatureRow($"c{i}", new Dictionary<string, double> { [key] = v }))
            .ToList();
        var stats = StandardizationCalculator.Compute([feature], rows, "four values");
        Assert.Equal(2.5, stats.Features[0].Mean, 15);
        Assert.Equal(Math.Sqrt(5.0 / 3.0), stats.Features[0].Sd, 15);
        Assert.Equal(4, stats.CaseCount);
    }

    [Fact]
    public void Known_statistics_are_recovered_from_the_reference_rows()
    {
        var stats = TestArtifacts.Demo().Radscore.Standardization!.Features;
        for (var i = 0; i < stats.Count; i++)
        {
            var (mean, sd) = TestArtifacts.KnownStatistics[i];
            Assert.Equal(mean, stats[i].Mean, mean * 1e-13);
            Assert.Equal(sd, stats[i].Sd, sd * 1e-12);
        }
    }

    [Fact]
    public void Reference_case_missing_a_feature_is_refused_naming_case_and_feature()
    {
        var published = TestArtifacts.Published();
        var rows = TestArtifacts.ReferenceRowsWithKnownStatistics(published).ToList();
        var incomplete = new Dictionary<string, double>(rows[1].Values);
        incomplete.Remove("portal/wavelet-LHL_ngtdm_Contrast");
        rows[1] = rows[1] with { Values = incomplete };
        var e = Assert.Throws<ArgumentException>(() => DemoArtifactBuilder.FromPublished(published, rows, "x"));
        Assert.Contains("'ref-0'", e.Message);
        Assert.Contains("wavelet-LHL_ngtdm_Contrast", e.Message);
        Assert.Contains("'portal'", e.Message);
    }

    [Fact]
    public void Single_reference_case_is_refused()
    {
        var published = TestArtifacts.Published();
        var rows = TestArtifacts.ReferenceRowsWithKnownStatistics(published).Take(1).ToList();
        var e = Assert.Throws<ArgumentException>(() => DemoArtifactBuilder.FromPublished(published, rows, "x"));
        Assert.Contains("at least 2", e.Message);
    }

    [Fact]
    public void Zero_variance_feature_is_refused()
    {
        var published = TestArtifacts.Published();
        var rows = TestArtifacts.ReferenceRowsWithKnownStatistics(published)
            .Select(r => r with { Values = new Dictionary<string, double>(r.Values) { ["portal/wavelet-HHL_glszm_ZoneEntropy"] = 6.0 } })
            .ToList();
        var e = Assert.Throws<ArgumentException>(() => DemoArtifactBuilder.FromPublished(published, rows, "x"));
        Assert.Contains("zero variance", e.Message);
    }
}
