using System.Globalization;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Scoring;

namespace HccMesh.Modeling.Tests.CohortScoring;

/// <summary>Site standardisation of the published artifact from a reference cohort (<see cref="ArtifactStandardizer"/>, <see cref="CohortColumns"/>).</summary>
public class ArtifactStandardizerTests
{
    private static readonly ModelArtifact Published = TestArtifacts.Published();

    [Fact]
    public void Statistics_are_the_mean_and_sample_sd_of_the_reference_rows_and_the_copy_can_score()
    {
        var created = new DateTimeOffset(2026, 12, 3, 18, 0, 0, TimeSpan.Zero);
        var result = ArtifactStandardizer.Standardize(
            Published, TestArtifacts.ReferenceRowsWithKnownStatistics(Published), "3 site reference cases from ref.csv", created: created);

        var stats = result.Radscore.Standardization!;
        Assert.Equal(3, stats.CaseCount);
        for (var i = 0; i < 9; i++)
        {
            var (mean, sd) = TestArtifacts.KnownStatistics[i];
            Assert.Equal(mean, stats.Features[i].Mean, mean * 1e-14);
            Assert.Equal(sd, stats.Features[i].Sd, sd * 1e-12);
        }

        Assert.Equal("hcc-ehm-published-site", result.Id);
        Assert.Equal(Published.Version, result.Version);
        Assert.Equal(created, result.Created);
        Assert.Null(result.Radscore.StandardizationMissingReason);
        Assert.DoesNotContain(ArtifactFlags.StandardizationMissing, result.Flags);
        Assert.Equal(ArtifactFlags.Derive(result), result.Flags);
        Assert.StartsWith(Published.Provenance, result.Provenance);
        Assert.Contains("Site standardisation of hcc-ehm-published@1.0.0 by `hccmesh model standardize`", result.Provenance);
        Assert.Contains("3 reference cases (3 site reference cases from ref.csv)", result.Provenance);
        Assert.Equal(Published.Radscore.Features, result.Radscore.Features);
        Assert.Equal(Published.CombinedModel, result.CombinedModel);
        RiskScorer.EnsureScorable(result, Published.Settings.Sha256);
    }

    [Fact]
    public void Id_and_version_can_be_chosen()
    {
        var result = ArtifactStandardizer.Standardize(Published, TestArtifacts.ReferenceRowsWithKnownStatistics(Published), "ref", "site-a", "2.0.0");
        Assert.Equal("site-a", result.Id);
        Assert.Equal("2.0.0", result.Version);
    }

    [Fact]
    public void A_raw_scale_model_is_refused_as_nothing_to_standardise()
    {
        var raw = Published with { Radscore = Published.Radscore with { FeatureScale = FeatureScale.Raw, StandardizationMissingReason = null } };
        raw = raw with { Flags = ArtifactFlags.Derive(raw) };
        var e = Assert.Throws<ModelArtifactException>(() => ArtifactStandardizer.Standardize(raw, TestArtifacts.ReferenceRowsWithKnownStatistics(Published), "ref"));
        Assert.Contains("nothing to standardise", e.Message);
    }

    [Fact]
    public void A_single_reference_case_is_refused()
    {
        var rows = TestArtifacts.ReferenceRowsWithKnownStatistics(Published).Take(1).ToList();
        var e = Assert.Throws<ArgumentException>(() => ArtifactStandardizer.Standardize(Published, rows, "ref"));
        Assert.Contains("at least 2 reference cases", e.Message);
    }

    [Fact]
    public void Reference_rows_come_from_the_phase_feature_columns_of_a_cohort()
    {
        var cohort = DemoCohort.Table(TestArtifacts.Demo(), 5);
        var rows = CohortColumns.FeatureRows(Published.Radscore.Features, cohort);
        Assert.Equal(5, rows.Count);
        Assert.Equal("S03", rows[2].CaseKey);
        var feature = Published.Radscore.Features[4];
        Assert.Equal(double.Parse(cohort.Cell(2, "portal_" + feature.Name), CultureInfo.InvariantCulture), rows[2].Values[FeatureKey.Of(feature)]);
    }

    [Fact]
    public void A_non_finite_reference_cell_is_refused_naming_line_and_id()
    {
        var cohort = DemoCohort.Table(TestArtifacts.Demo(), 5, (row, c) => row == 1 && c == "portal_wavelet-LHL_ngtdm_Contrast" ? "nan" : null);
        var e = Assert.Throws<CohortException>(() => CohortColumns.FeatureRows(Published.Radscore.Features, cohort));
        Assert.Contains("line 3 (id 'S02')", e.Message);
        Assert.Contains("portal_wavelet-LHL_ngtdm_Contrast", e.Message);
        Assert.Contains("not a finite number", e.Message);
    }
}
