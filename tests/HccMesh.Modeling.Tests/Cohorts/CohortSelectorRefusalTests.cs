using HccMesh.Modeling.Cohorts;
using static HccMesh.Modeling.Tests.Cohorts.CohortSelectorTests;

namespace HccMesh.Modeling.Tests.Cohorts;

public class CohortSelectorRefusalTests
{
    [Fact]
    public void Absent_outcome_column_is_refused_naming_it()
    {
        var e = Refused(Small(), Selection() with { OutcomeColumn = "EHM" });

        Assert.Equal("EHM", e.Column);
        Assert.Null(e.Line);
        Assert.Contains("'EHM'", e.Message);
        Assert.Contains("--outcome", e.Message);
        Assert.Contains(CohortCsv.Source, e.Message);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("yes")]
    [InlineData("0.5")]
    [InlineData("inf")]
    public void Outcome_other_than_0_or_1_is_refused_naming_line_id_and_cell(string value)
    {
        var e = Refused(Small($"P2,{value},70,F,0,0.65,0.20,13.5,3"), Selection());

        AssertAt(e, "ehm", 3, "P2");
        Assert.Contains($"'{value}' is not 0 or 1", e.Message);
    }

    [Fact]
    public void Missing_outcome_is_refused_even_when_imputing()
    {
        var e = Refused(Small("P2,NA,70,F,0,0.65,0.20,13.5,3"),
            Selection() with { MissingValues = MissingValuePolicy.ImputeMedian });

        AssertAt(e, "ehm", 3, "P2");
        Assert.Contains("never imputed", e.Message);
    }

    [Fact]
    public void Outcome_with_a_single_class_is_refused()
    {
        var table = CohortCsv.Lines($"id,ehm,{Sphericity}", "P1,0,1", "P2,0,2", "P3,0,3");

        var e = Refused(table, new CohortSelection { OutcomeColumn = "ehm" });

        Assert.Equal("ehm", e.Column);
        Assert.Contains("no events", e.Message);
        Assert.Contains("all 3 rows", e.Message);
    }

    [Fact]
    public void Absent_clinical_column_is_refused_naming_it()
    {
        var e = Refused(Small(), Selection() with { ClinicalColumns = ["age", "afp"] });

        Assert.Equal("afp", e.Column);
        Assert.Contains("clinical column 'afp'", e.Message);
    }

    [Fact]
    public void Text_column_selected_as_clinical_is_refused_naming_the_cell()
    {
        var e = Refused(Small(), Selection() with { ClinicalColumns = ["age", "sex"], BinaryColumns = [] });

        AssertAt(e, "sex", 2, "P1");
        Assert.Contains("'M' is not a number", e.Message);
    }

    [Theory]
    [InlineData("\"12,5\"", "12,5")]
    [InlineData("abc", "abc")]
    public void Non_numeric_cell_is_refused_naming_column_line_id_and_text(string written, string text)
    {
        var e = Refused(Small($"P2,1,{written},F,0,0.65,0.20,13.5,3"), Selection());

        AssertAt(e, "age", 3, "P2");
        Assert.Contains($"'{text}' is not a number", e.Message);
    }

    [Theory]
    [InlineData("inf")]
    [InlineData("-Infinity")]
    [InlineData("1e999")]
    public void Non_finite_feature_value_is_refused(string value)
    {
        var e = Refused(Small($"P2,1,70,F,0,0.65,{value},13.5,3"), Selection());

        AssertAt(e, MaxProbability, 3, "P2");
        Assert.Contains("not a finite number", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NA")]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("null")]
    [InlineData(" N/A ")]
    public void Missing_values_are_refused_by_default_with_count_lines_and_the_option(string marker)
    {
        var table = CohortCsv.Lines(
            $"id,ehm,age,{Sphericity},{Mean}",
            "P1,0,61,0.7,1", $"P2,1,70,{marker},2", "P3,0,55,0.8,3", $"P4,1,66,{marker},{marker}");

        var e = Refused(table, new CohortSelection { OutcomeColumn = "ehm", ClinicalColumns = ["age"] });

        AssertAt(e, Sphericity, 3, "P2");
        Assert.Contains("2 missing value(s)", e.Message);
        Assert.Contains("line 5 (id 'P4')", e.Message);
        Assert.Contains($"1 other column(s) have missing values too: '{Mean}'", e.Message);
        Assert.Contains("--impute median", e.Message);
    }

    [Fact]
    public void Missing_binary_value_is_never_imputed()
    {
        var e = Refused(Small("P2,1,70,F,,0.65,0.20,13.5,3"),
            Selection() with { MissingValues = MissingValuePolicy.ImputeMedian });

        AssertAt(e, "male", 3, "P2");
        Assert.Contains("never imputed", e.Message);
    }

    [Fact]
    public void Binary_value_other_than_0_or_1_is_refused()
    {
        var e = Refused(Small("P2,1,70,F,2,0.65,0.20,13.5,3"), Selection());

        AssertAt(e, "male", 3, "P2");
        Assert.Contains("'2' is not 0 or 1", e.Message);
    }

    [Fact]
    public void Binary_column_outside_the_clinical_columns_is_refused()
    {
        var e = Refused(Small(), Selection() with { BinaryColumns = ["sex"] });

        Assert.Equal("sex", e.Column);
        Assert.Contains("not among the clinical columns", e.Message);
    }

    [Fact]
    public void Column_with_two_roles_is_refused()
    {
        var e = Refused(Small(), Selection() with { ClinicalColumns = ["age", "ehm"] });

        Assert.Equal("ehm", e.Column);
        Assert.Contains("one role only", e.Message);
    }

    [Fact]
    public void Imputation_without_a_given_value_for_the_column_is_refused()
    {
        var table = CohortCsv.Lines($"id,ehm,{Mean}", "P1,0,12.5", "P2,1,NA", "P3,0,11.0");

        var e = Refused(table, new CohortSelection
        {
            OutcomeColumn = "ehm",
            MissingValues = MissingValuePolicy.ImputeMedian,
            ImputationValues = new Dictionary<string, double> { [Sphericity] = 1.0 },
        });

        AssertAt(e, Mean, 3, "P2");
        Assert.Contains("no finite training median", e.Message);
    }

    [Fact]
    public void Imputation_of_an_entirely_missing_column_is_refused()
    {
        var table = CohortCsv.Lines($"id,ehm,{Sphericity},{Mean}", "P1,0,1,NA", "P2,1,2,", "P3,0,3,NA");

        var e = Refused(table, new CohortSelection { OutcomeColumn = "ehm", MissingValues = MissingValuePolicy.ImputeMedian });

        Assert.Equal(Mean, e.Column);
        Assert.Contains("missing on all 3 rows", e.Message);
    }

    [Fact]
    public void Constant_clinical_column_is_refused()
    {
        var table = CohortCsv.Lines($"id,ehm,age,{Mean}", "P1,0,60,1", "P2,1,60,2");

        var e = Refused(table, new CohortSelection { OutcomeColumn = "ehm", ClinicalColumns = ["age"] });

        Assert.Equal("age", e.Column);
        Assert.Contains("clinical column 'age'", e.Message);
        Assert.Contains("same value (60) in all 2 rows", e.Message);
    }

    [Fact]
    public void Constant_features_are_refused_by_default_naming_count_first_ones_and_the_option()
    {
        var table = CohortCsv.Lines(
            $"id,ehm,{Sphericity},{MaxProbability},{Mean}", "P1,0,0.7,5,1", "P2,1,0.7,5,2", "P3,0,0.7,5,3");

        var e = Refused(table, new CohortSelection { OutcomeColumn = "ehm" });

        Assert.Equal(Sphericity, e.Column);
        Assert.Contains($"2 feature column(s) have the same value in every row: '{Sphericity}', '{MaxProbability}'", e.Message);
        Assert.Contains("--drop-constant", e.Message);
    }

    [Fact]
    public void Patterns_matching_nothing_are_refused_listing_patterns_and_some_columns()
    {
        var e = Refused(Small(), Selection() with { FeaturePatterns = ["venous_*", "*_glszm_*"] });

        Assert.Contains("'venous_*', '*_glszm_*'", e.Message);
        Assert.Contains(Sphericity, e.Message);
        Assert.Contains("3 feature columns", e.Message);
    }

    [Fact]
    public void Empty_pattern_list_is_refused()
    {
        var e = Refused(Small(), Selection() with { FeaturePatterns = [] });

        Assert.Contains("no feature patterns", e.Message);
    }

    [Fact]
    public void Outcome_column_differing_in_case_is_suggested()
    {
        var e = Refused(Small(), Selection() with { OutcomeColumn = "EHM" });

        Assert.Contains("Did you mean 'ehm'?", e.Message);
    }

    [Fact]
    public void A_pattern_matching_nothing_beside_others_is_refused_as_a_likely_typo()
    {
        var e = Refused(Small(), Selection() with { FeaturePatterns = ["portal_*", "arteral_*"] });

        Assert.Contains("'arteral_*'", e.Message);
        Assert.DoesNotContain("'portal_*'", e.Message);
    }

    [Fact]
    public void File_without_feature_columns_is_refused()
    {
        var table = CohortCsv.Lines("id,ehm,age,Sphericity", "P1,0,61,1", "P2,1,70,2");

        var e = Refused(table, new CohortSelection { OutcomeColumn = "ehm", ClinicalColumns = ["age"] });

        Assert.Contains("no PyRadiomics feature columns", e.Message);
        Assert.Contains("'Sphericity'", e.Message);
    }

    [Fact]
    public void Explicit_feature_column_absent_from_the_file_is_refused_naming_it()
    {
        var e = Refused(Small(), Selection() with { FeatureColumns = [Mean, "portal_original_glcm_Idmn"] });

        Assert.Equal("portal_original_glcm_Idmn", e.Column);
        Assert.Contains("lacks 1 of the 2", e.Message);
        Assert.Contains("'portal_original_glcm_Idmn'", e.Message);
    }

    [Theory]
    [InlineData("", 3, "is missing")]
    [InlineData("2.5", 3, "'2.5' is not a fold number")]
    [InlineData("0", 3, "'0' is not a fold number")]
    [InlineData("x", 3, "'x' is not a fold number")]
    public void Bad_fold_id_is_refused_naming_line_and_id(string fold, int line, string says)
    {
        var table = CohortCsv.Lines($"id,ehm,fold,{Mean}", "P1,0,1,1", $"P2,1,{fold},2", "P3,0,2,3", "P4,1,3,4");

        var e = Refused(table, new CohortSelection { OutcomeColumn = "ehm", FoldColumn = "fold" });

        AssertAt(e, "fold", line, "P2");
        Assert.Contains(says, e.Message);
    }

    [Fact]
    public void Fewer_than_three_folds_are_refused()
    {
        var table = CohortCsv.Lines($"id,ehm,fold,{Mean}", "P1,0,1,1", "P2,1,2,2", "P3,0,2,3", "P4,1,1,4");

        var e = Refused(table, new CohortSelection { OutcomeColumn = "ehm", FoldColumn = "fold" });

        Assert.Equal("fold", e.Column);
        Assert.Contains("defines 2 fold(s)", e.Message);
    }

    [Fact]
    public void Fold_numbers_with_a_gap_are_refused()
    {
        var table = CohortCsv.Lines($"id,ehm,fold,{Mean}", "P1,0,1,1", "P2,1,2,2", "P3,0,4,3", "P4,1,4,4");

        var e = Refused(table, new CohortSelection { OutcomeColumn = "ehm", FoldColumn = "fold" });

        Assert.Equal("fold", e.Column);
        Assert.Contains("no row has fold 3", e.Message);
    }

    [Fact]
    public void Absent_fold_column_is_refused()
    {
        var e = Refused(Small(), Selection() with { FoldColumn = "fold" });

        Assert.Equal("fold", e.Column);
        Assert.Contains("--fold-column", e.Message);
    }

    private static CohortException Refused(CohortTable table, CohortSelection selection) =>
        Assert.Throws<CohortException>(() => CohortSelector.Select(table, selection));

    private static void AssertAt(CohortException e, string column, int line, string id)
    {
        Assert.Equal(CohortCsv.Source, e.Source);
        Assert.Equal(column, e.Column);
        Assert.Equal(line, e.Line);
        Assert.Contains($"'{column}'", e.Message);
        Assert.Contains($"line {line} (id '{id}')", e.Message);
        Assert.Contains(CohortCsv.Source, e.Message);
    }
}
