namespace HccMesh.Pipeline.Tests.Train;

/// <summary>Every refusal of <c>hccmesh train</c>: exit 2 and one line naming the column and/or the line / id.</summary>
[Collection(TrainCollection.Name)]
public sealed class TrainRefusalTests(TrainBaseline baseline) : IDisposable
{
    private readonly TrainCohortFiles cohorts = new();

    public void Dispose() => cohorts.Dispose();

    private string FirstFeature => CsvGrid.Read(cohorts.Training).FeatureColumns[0];

    [Fact]
    public async Task Missing_outcome_value_is_refused_naming_the_line_and_id()
    {
        Damage(g => g[4, "ehm"] = "");
        var run = await CommandLineRunner.TrainAsync(cohorts.Args());
        run.AssertTrainRefused("line 6", "T0005", "'ehm'", "missing");
        Assert.False(Directory.Exists(cohorts.Out));
    }

    [Fact]
    public async Task Outcome_other_than_0_or_1_is_refused_naming_the_cell()
    {
        Damage(g => g[9, "ehm"] = "2");
        var run = await CommandLineRunner.TrainAsync(cohorts.Args());
        run.AssertTrainRefused("line 11", "T0010", "'ehm'", "'2' is not 0 or 1");
    }

    [Fact]
    public async Task Constant_feature_column_is_refused_and_drop_constant_drops_and_reports_it()
    {
        var constant = FirstFeature;
        Damage(g => g.Rows.ForEach(r => r[g.Column(constant)] = "3.25"));

        var refused = await CommandLineRunner.TrainAsync(cohorts.Args());
        refused.AssertTrainRefused(constant, "same value in every row", "--drop-constant");

        var dropped = await CommandLineRunner.TrainAsync(cohorts.Args(null, "--drop-constant"));
        dropped.AssertSucceeded();
        var html = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(cohorts.Out, "report.html")));
        Assert.Contains("constant feature column(s) dropped (--drop-constant)", html);
        Assert.Contains(constant, html);
    }

    [Fact]
    public async Task Constant_clinical_column_is_refused_naming_it()
    {
        Damage(g => g.Rows.ForEach(r => r[g.Column("ALB")] = "40"));
        var run = await CommandLineRunner.TrainAsync(cohorts.Args());
        run.AssertTrainRefused("'ALB'", "same value (40)");
    }

    [Fact]
    public async Task Missing_feature_value_is_refused_and_impute_median_fills_and_reports_it()
    {
        var feature = FirstFeature;
        Damage(g =>
        {
            g[2, feature] = "NA";
            g[30, feature] = "";
        });

        var refused = await CommandLineRunner.TrainAsync(cohorts.Args());
        refused.AssertTrainRefused(feature, "2 missing value(s)", "T0003", "--impute median");

        var imputed = await CommandLineRunner.TrainAsync(cohorts.Args(null, "--impute", "median"));
        imputed.AssertSucceeded();
        var html = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(cohorts.Out, "report.html")));
        Assert.Contains($"2 missing value(s) of '{feature}' imputed with the median", html);
    }

    [Fact]
    public async Task Non_numeric_feature_cell_is_refused_naming_column_and_line()
    {
        var feature = FirstFeature;
        Damage(g => g[5, feature] = "12.5x");
        var run = await CommandLineRunner.TrainAsync(cohorts.Args());
        run.AssertTrainRefused(feature, "line 7", "12.5x");
    }

    [Fact]
    public async Task Duplicate_ids_are_refused_naming_both_lines()
    {
        Damage(g => g[20, "id"] = g[3, "id"]);
        var run = await CommandLineRunner.TrainAsync(cohorts.Args());
        run.AssertTrainRefused("'T0004'", "line 5", "line 22");
    }

    [Fact]
    public async Task Fewer_events_than_folds_is_refused_naming_the_outcome()
    {
        Damage(g =>
        {
            var events = 0;
            foreach (var r in g.Rows.Where(r => r[g.Column("ehm")] == "1"))
            {
                r[g.Column("ehm")] = ++events <= 4 ? "1" : "0";
            }
        });
        var run = await CommandLineRunner.TrainAsync(cohorts.Args());
        run.AssertTrainRefused("4 events (ehm = 1)", "fewer than the 5 cross-validation folds");
    }

    [Fact]
    public async Task Perfectly_separating_clinical_variable_is_refused_naming_it()
    {
        Damage(g => g.Rows.ForEach(r => r[g.Column("MVI")] = r[g.Column("ehm")]));
        var run = await CommandLineRunner.TrainAsync(cohorts.Args());
        run.AssertTrainRefused("separation", "'MVI'");
    }

    [Fact]
    public async Task Unknown_clinical_variable_name_is_refused_listing_the_known_ones()
    {
        var run = await CommandLineRunner.TrainAsync(["--training", cohorts.Training, "--outcome", "ehm", "--clinical", "BMI,AFP", "--out", cohorts.Out]);
        run.AssertTrainRefused("'AFP'", "BMI", "ALB");
    }

    [Fact]
    public async Task Clinical_variable_without_a_column_is_refused_naming_it()
    {
        Damage(g => g.Header[g.Column("PV")] = "pvtt");
        var run = await CommandLineRunner.TrainAsync(cohorts.Args());
        run.AssertTrainRefused("no column named PV", "--clinical PV=<column>");
    }

    [Fact]
    public async Task Clinical_variable_mapped_to_an_absent_column_is_refused_naming_it()
    {
        var run = await CommandLineRunner.TrainAsync(["--training", cohorts.Training, "--outcome", "ehm", "--clinical", "BMI,PV=pvtt", "--out", cohorts.Out]);
        run.AssertTrainRefused("'pvtt'");
    }

    [Fact]
    public async Task Feature_pattern_matching_nothing_is_refused_naming_the_pattern()
    {
        var run = await CommandLineRunner.TrainAsync(cohorts.Args(null, "--features", "arterial_*"));
        run.AssertTrainRefused("arterial_*", "match");
    }

    [Fact]
    public async Task Validation_cohort_lacking_a_radscore_feature_is_refused_naming_it()
    {
        var artifact = HccMesh.Modeling.Artifacts.ModelArtifactJson.Load(TrainHappyPathTests.ArtifactPath(baseline.Out));
        var used = HccMesh.Modeling.Cohorts.FeatureColumnName.Format(artifact.Radscore.Features[0].Phase, artifact.Radscore.Features[0].Name);
        var grid = CsvGrid.Read(cohorts.Validation);
        grid.Header[grid.Column(used)] = used + "X";
        grid.Write(cohorts.Validation);

        var run = await CommandLineRunner.TrainAsync(cohorts.Args());

        run.AssertTrainRefused("validation.csv", used);
        Assert.False(Directory.Exists(Path.Combine(cohorts.Out, "model")), "an artifact was written although the run was refused");
    }

    [Fact]
    public async Task Missing_training_file_is_refused_naming_it()
    {
        var run = await CommandLineRunner.TrainAsync(["--training", cohorts.P("nope.csv"), "--outcome", "ehm", "--out", cohorts.Out]);
        run.AssertTrainRefused("nope.csv", "not found");
    }

    [Fact]
    public async Task Unwritable_output_folder_is_refused_naming_it()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            // root ignores permission bits, so nothing would be refused; the case is covered by --out at a file below
            var blocker = cohorts.P("file-not-folder");
            File.WriteAllText(blocker, "x");
            var atFile = await CommandLineRunner.TrainAsync(cohorts.Args(Path.Combine(blocker, "out")));
            atFile.AssertTrainRefused("file-not-folder");
            return;
        }

        var locked = Directory.CreateDirectory(cohorts.P("locked")).FullName;
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var run = await CommandLineRunner.TrainAsync(cohorts.Args(Path.Combine(locked, "out")));
            run.AssertTrainRefused("locked");
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private void Damage(Action<CsvGrid> change)
    {
        var grid = CsvGrid.Read(cohorts.Training);
        change(grid);
        grid.Write(cohorts.Training);
    }
}
