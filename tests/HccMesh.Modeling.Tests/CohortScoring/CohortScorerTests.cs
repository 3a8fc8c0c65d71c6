using System.Globalization;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Scoring;

namespace HccMesh.Modeling.Tests.CohortScoring;

/// <summary><see cref="CohortScorer"/> gives exactly RiskScorer's numbers per row, and refuses bad cells naming column, line and id.</summary>
public class CohortScorerTests
{
    private static readonly ModelArtifact Demo = TestArtifacts.Demo();

    [Fact]
    public void Every_row_gets_RiskScorers_result_for_its_features_and_clinical_values()
    {
        var cohort = DemoCohort.Table(Demo, 12);
        var predictions = CohortScorer.Score(Demo, cohort);

        Assert.Equal(12, predictions.Count);
        for (var row = 0; row < cohort.RowCount; row++)
        {
            var features = Demo.Radscore.Features.ToDictionary(
                FeatureKey.Of, f => double.Parse(cohort.Cell(row, FeatureColumnName.Format(f.Phase, f.Name)), CultureInfo.InvariantCulture));
            double D(string c) => double.Parse(cohort.Cell(row, c), CultureInfo.InvariantCulture);
            var clinical = new ClinicalValues
            {
                BmiKgPerM2 = D("bmi"),
                MicrovascularInvasion = D("mvi") == 1,
                PortalVeinThrombosis = D("pv") == 1,
                AlbuminGramsPerLitre = D("alb"),
            };
            var expected = RiskScorer.Score(Demo, features, clinical);
            var p = predictions[row];
            Assert.Equal(cohort.Id(row), p.Id);
            Assert.Equal(row + 2, p.Line);
            Assert.Equal(expected.Radscore, p.Radscore);
            Assert.Equal(expected.Combined.LinearPredictor, p.CombinedLinearPredictor);
            Assert.Equal(expected.Probability, p.Probability);
            Assert.Equal(expected.RiskGroup, p.RiskGroup);
            Assert.Equal(expected.Clinical!.LinearPredictor, p.ClinicalLinearPredictor);
            Assert.Equal(expected.Clinical.Probability, p.ClinicalProbability);
        }
    }

    [Fact]
    public void Missing_feature_columns_are_all_listed()
    {
        var csv = DemoCohort.Csv(Demo, 3)
            .Replace("portal_wavelet-LLL_glcm_MaximumProbability", "portal_wavelet-LLL_glcm_MaxProb", StringComparison.Ordinal)
            .Replace("portal_wavelet-LHH_glcm_JointEnergy", "arterial_wavelet-LHH_glcm_JointEnergy", StringComparison.Ordinal);
        var cohort = CohortCsvReader.Read(new StringReader(csv), "demo-cohort.csv");
        var e = Assert.Throws<CohortException>(() => CohortScorer.Score(Demo, cohort));
        Assert.Contains("lacks 2 of the model's 9 radscore feature column(s)", e.Message);
        Assert.Contains("portal_wavelet-LLL_glcm_MaximumProbability", e.Message);
        Assert.Contains("portal_wavelet-LHH_glcm_JointEnergy", e.Message);
    }

    [Theory]
    [InlineData("portal_wavelet-HHL_glszm_ZoneEntropy", "n/a", "is not a number")]
    [InlineData("portal_wavelet-HHL_glszm_ZoneEntropy", "", "is missing")]
    [InlineData("portal_wavelet-HHL_glszm_ZoneEntropy", "inf", "is not a finite number")]
    [InlineData("alb", "4.1", "outside the plausible range")]
    [InlineData("alb", "", "clinical value ALB (g/L) is missing")]
    [InlineData("bmi", "abc", "is not a number")]
    [InlineData("mvi", "2", "must be 0 (absent) or 1 (present)")]
    [InlineData("pv", "", "PV (present/absent) is missing")]
    public void A_bad_cell_is_refused_naming_column_line_and_id(string column, string value, string says)
    {
        var cohort = DemoCohort.Table(Demo, 6, (row, c) => row == 3 && c == column ? value : null);
        var e = Assert.Throws<CohortException>(() => CohortScorer.Score(Demo, cohort));
        Assert.Equal(column, e.Column);
        Assert.Equal(5, e.Line);
        Assert.Contains("line 5 (id 'S04')", e.Message);
        Assert.Contains("demo-cohort.csv", e.Message);
        Assert.Contains(says, e.Message);
    }

    [Fact]
    public void A_missing_clinical_column_is_refused_naming_the_variable()
    {
        var csv = DemoCohort.Csv(Demo, 3).Replace("id,bmi,mvi,pv,alb,", "id,bmi,mvi,pv,albumin,", StringComparison.Ordinal);
        var e = Assert.Throws<CohortException>(() => CohortScorer.Score(Demo, CohortCsvReader.Read(new StringReader(csv), "demo-cohort.csv")));
        Assert.Contains("no column for the clinical variable(s) ALB", e.Message);
    }

    [Fact]
    public void The_published_artifact_is_refused_with_the_standardize_remedy()
    {
        var e = Assert.Throws<ModelArtifactException>(() => CohortScorer.Score(TestArtifacts.Published(), DemoCohort.Table(Demo, 3)));
        Assert.Contains("hccmesh model standardize", e.Message);
    }
}
