using HccMesh.Modeling.Cohorts;

namespace HccMesh.Modeling.Tests.Cohorts;

public class CohortSelectorTests
{
    internal const string Sphericity = "portal_original_shape_Sphericity";
    internal const string MaxProbability = "arterial_wavelet-LLL_glcm_MaximumProbability";
    internal const string Mean = "original_firstorder_Mean";

    /// <summary>Four patients, two events; 'sex' is text and 'diagnostics_...' is provenance: both ignored.</summary>
    internal static CohortTable Small(string? replaceLine3 = null)
    {
        var lines = new List<string>
        {
            $"id,ehm,age,sex,male,{Sphericity},{MaxProbability},{Mean},diagnostics_Image-original_Mean",
            "P1,0,61,M,1,0.71,0.10,12.5,3",
            "P2,1,70,F,0,0.65,0.20,13.5,3",
            "P3,0.0,55,M,1,0.80,0.15,11.0,4",
            "P4,1.0,66,F,0,0.60,0.30,14.0,4",
        };
        if (replaceLine3 is not null)
        {
            lines[2] = replaceLine3;
        }

        return CohortCsv.Lines([.. lines]);
    }

    internal static CohortSelection Selection() => new()
    {
        OutcomeColumn = "ehm",
        ClinicalColumns = ["age", "male"],
        BinaryColumns = ["male"],
    };

    [Fact]
    public void Default_selection_reads_outcome_clinical_and_all_feature_columns_in_file_order()
    {
        var data = CohortSelector.Select(Small(), Selection());

        Assert.Equal(CohortCsv.Source, data.Source);
        Assert.Equal(["P1", "P2", "P3", "P4"], data.Ids);
        Assert.Equal(4, data.Count);
        Assert.Equal("ehm", data.OutcomeColumn);
        Assert.Equal([0.0, 1.0, 0.0, 1.0], data.Outcome);
        Assert.Equal(2, data.Events);
        Assert.Equal(["age", "male"], data.ClinicalNames);
        Assert.Equal([Sphericity, MaxProbability, Mean], data.FeatureNames);
        Assert.Null(data.Folds);
        Assert.Empty(data.Imputations);
        Assert.Empty(data.DroppedConstantFeatures);
    }

    [Fact]
    public void Clinical_is_column_major_and_features_are_row_major()
    {
        var data = CohortSelector.Select(Small(), Selection());

        Assert.Equal(2, data.Clinical.Length);
        Assert.Equal([61.0, 70.0, 55.0, 66.0], data.Clinical[0]);
        Assert.Equal([1.0, 0.0, 1.0, 0.0], data.Clinical[1]);
        Assert.Same(data.Clinical[0], data.ClinicalColumn("age"));

        Assert.Equal(4, data.Features.Length);
        Assert.Equal([0.65, 0.20, 13.5], data.Features[1]);
        Assert.Equal([0.10, 0.20, 0.15, 0.30], data.FeatureColumn(MaxProbability));
        Assert.Throws<ArgumentException>(() => data.FeatureColumn("age"));
    }

    [Fact]
    public void Patterns_select_by_phase_class_and_single_character()
    {
        var table = Small();

        Assert.Equal([Sphericity], Select(table, ["portal_*"]).FeatureNames);
        Assert.Equal([MaxProbability], Select(table, ["*_glcm_*"]).FeatureNames);
        Assert.Equal([MaxProbability], Select(table, ["*wavelet-?LL_*"]).FeatureNames);
        Assert.Equal([Sphericity, Mean], Select(table, ["original_*", "portal_*"]).FeatureNames);
    }

    [Fact]
    public void Clinical_diagnostics_and_text_columns_are_never_feature_candidates()
    {
        var table = CohortCsv.Lines(
            $"id,ehm,original_firstorder_Energy,{Mean},diagnostics_Image-original_Mean,sex",
            "P1,0,1,5,3,M", "P2,1,2,6,3,F", "P3,0,4,8,3,M");

        var data = CohortSelector.Select(table, new CohortSelection
        {
            OutcomeColumn = "ehm",
            ClinicalColumns = ["original_firstorder_Energy"],
        });

        Assert.Equal([Mean], data.FeatureNames);
    }

    [Fact]
    public void Explicit_feature_columns_keep_their_order()
    {
        var data = CohortSelector.Select(Small(), Selection() with { FeatureColumns = [Mean, Sphericity] });

        Assert.Equal([Mean, Sphericity], data.FeatureNames);
        Assert.Equal([12.5, 0.71], data.Features[0]);
    }

    [Fact]
    public void Median_imputation_uses_R_median_and_is_recorded()
    {
        // age observed 61, 55, 66 -> median 61; Mean observed 12.5, 11.0 -> R median(c(12.5, 11)) = 11.75
        var table = CohortCsv.Lines(
            $"id,ehm,age,{Mean},{Sphericity}",
            "P1,0,61,12.5,0.7", "P2,1,NA,,0.6", "P3,0,55,11.0,0.8", "P4,1,66,nan,0.5");

        var data = CohortSelector.Select(table, new CohortSelection
        {
            OutcomeColumn = "ehm",
            ClinicalColumns = ["age"],
            MissingValues = MissingValuePolicy.ImputeMedian,
        });

        Assert.Equal([61.0, 61.0, 55.0, 66.0], data.ClinicalColumn("age"));
        Assert.Equal([12.5, 11.75, 11.0, 11.75], data.FeatureColumn(Mean));
        Assert.Equal([new Imputation("age", 1, 61.0), new Imputation(Mean, 2, 11.75)], data.Imputations);
        Assert.Equal(11.75, data.ObservedMedians[Mean]);
        Assert.Equal(0.65, data.ObservedMedians[Sphericity], 15);
        Assert.Equal(61.0, data.ObservedMedians["age"]);
    }

    [Fact]
    public void Given_imputation_values_replace_the_cohorts_own_medians()
    {
        var table = CohortCsv.Lines($"id,ehm,{Mean}", "P1,0,12.5", "P2,1,NA", "P3,0,11.0");

        var data = CohortSelector.Select(table, new CohortSelection
        {
            OutcomeColumn = "ehm",
            MissingValues = MissingValuePolicy.ImputeMedian,
            ImputationValues = new Dictionary<string, double> { [Mean] = 20.0 },
        });

        Assert.Equal([12.5, 20.0, 11.0], data.FeatureColumn(Mean));
        Assert.Equal([new Imputation(Mean, 1, 20.0)], data.Imputations);
    }

    [Fact]
    public void Constant_features_are_dropped_and_listed_when_asked()
    {
        // Sphericity is 0.7 everywhere once its gap is filled with the median 0.7.
        var table = CohortCsv.Lines($"id,ehm,{Sphericity},{Mean}", "P1,0,0.7,1", "P2,1,NA,2", "P3,0,0.7,3");

        var data = CohortSelector.Select(table, new CohortSelection
        {
            OutcomeColumn = "ehm",
            MissingValues = MissingValuePolicy.ImputeMedian,
            ConstantFeatures = ConstantFeaturePolicy.Drop,
        });

        Assert.Equal([Mean], data.FeatureNames);
        Assert.Equal([Sphericity], data.DroppedConstantFeatures);
        Assert.Equal([3.0], data.Features[2]);
        Assert.Empty(data.Imputations);
        Assert.False(data.ObservedMedians.ContainsKey(Sphericity));
    }

    [Fact]
    public void Keep_policy_keeps_constant_features_and_clinical_columns_for_validation_cohorts()
    {
        var table = CohortCsv.Lines($"id,ehm,male,{Sphericity},{Mean}", "P1,0,1,0.7,1", "P2,1,1,0.7,2");

        var data = CohortSelector.Select(table, new CohortSelection
        {
            OutcomeColumn = "ehm",
            ClinicalColumns = ["male"],
            BinaryColumns = ["male"],
            FeatureColumns = [Sphericity, Mean],
            ConstantFeatures = ConstantFeaturePolicy.Keep,
        });

        Assert.Equal([Sphericity, Mean], data.FeatureNames);
        Assert.Empty(data.DroppedConstantFeatures);
    }

    [Fact]
    public void Fold_column_gives_fold_ids_and_is_not_a_feature_candidate()
    {
        var table = CohortCsv.Lines(
            $"id,ehm,fold,{Mean}", "P1,0,1,1", "P2,1,2,2", "P3,0,3,3", "P4,1,1.0,4", "P5,0,2,5", "P6,1,3,6");

        var data = CohortSelector.Select(table, new CohortSelection { OutcomeColumn = "ehm", FoldColumn = "fold" });

        Assert.NotNull(data.Folds);
        Assert.Equal([1, 2, 3, 1, 2, 3], data.Folds);
        Assert.Equal(3, data.FoldCount);
        Assert.Equal([Mean], data.FeatureNames);
    }

    private static CohortData Select(CohortTable table, string[] patterns) =>
        CohortSelector.Select(table, Selection() with { FeaturePatterns = patterns });
}
