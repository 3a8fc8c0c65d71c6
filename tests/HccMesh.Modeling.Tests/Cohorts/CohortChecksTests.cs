using HccMesh.Modeling.Cohorts;

namespace HccMesh.Modeling.Tests.Cohorts;

public class CohortChecksTests
{
    private const string Feature = "original_firstorder_Mean";

    [Fact]
    public void Enough_events_and_non_events_for_the_folds_pass()
    {
        var data = Cohort(events: 5, nonEvents: 6);

        CohortChecks.RequireFoldsCoverEvents(data, 5);

        Assert.Equal(5, data.Events);
    }

    [Fact]
    public void Fewer_events_than_folds_are_refused_with_the_suggested_fold_count()
    {
        var data = Cohort(events: 7, nonEvents: 20);

        var e = Assert.Throws<CohortException>(() => CohortChecks.RequireFoldsCoverEvents(data, 10));

        Assert.Equal("ehm", e.Column);
        Assert.Equal(
            "training cohort 'cohort.csv' has 7 events (ehm = 1), fewer than the 10 cross-validation folds; " +
            "use --folds 7 or fewer, or add cases",
            e.Message);
    }

    [Fact]
    public void Fewer_non_events_than_folds_are_refused()
    {
        var data = Cohort(events: 20, nonEvents: 4);

        var e = Assert.Throws<CohortException>(() => CohortChecks.RequireFoldsCoverEvents(data, 5));

        Assert.Contains("has 4 non-events (ehm = 0)", e.Message);
        Assert.Contains("--folds 4 or fewer", e.Message);
    }

    [Fact]
    public void Fewer_than_three_folds_requested_are_refused()
    {
        var e = Assert.Throws<CohortException>(() => CohortChecks.RequireFoldsCoverEvents(Cohort(5, 5), 2));

        Assert.Contains("--folds 3 or more", e.Message);
    }

    [Fact]
    public void Fold_without_an_event_is_refused_naming_the_fold()
    {
        // fold 3 holds rows 5 and 6, both non-events
        var table = CohortCsv.Lines(
            $"id,ehm,fold,{Feature}",
            "P1,1,1,1", "P2,0,1,2", "P3,1,2,3", "P4,0,2,4", "P5,0,3,5", "P6,0,3,6", "P7,1,1,7");
        var data = CohortSelector.Select(table, new CohortSelection { OutcomeColumn = "ehm", FoldColumn = "fold" });

        var e = Assert.Throws<CohortException>(() => CohortChecks.RequireFoldsCoverEvents(data, 3));

        Assert.Equal("fold", e.Column);
        Assert.Contains("fold 3", e.Message);
        Assert.Contains("no events (ehm = 1)", e.Message);
    }

    [Fact]
    public void Fold_count_other_than_the_fold_columns_is_refused()
    {
        var table = CohortCsv.Lines(
            $"id,ehm,fold,{Feature}", "P1,1,1,1", "P2,0,1,2", "P3,1,2,3", "P4,0,2,4", "P5,1,3,5", "P6,0,3,6");
        var data = CohortSelector.Select(table, new CohortSelection { OutcomeColumn = "ehm", FoldColumn = "fold" });

        CohortChecks.RequireFoldsCoverEvents(data, 3);
        var e = Assert.Throws<CohortException>(() => CohortChecks.RequireFoldsCoverEvents(data, 10));

        Assert.Contains("defines 3 folds but 10 were requested", e.Message);
    }

    private static CohortData Cohort(int events, int nonEvents)
    {
        var lines = new List<string> { $"id,ehm,{Feature}" };
        for (var i = 0; i < events + nonEvents; i++)
        {
            lines.Add($"P{i},{(i < events ? 1 : 0)},{i}");
        }

        return CohortSelector.Select(CohortCsv.Lines([.. lines]), new CohortSelection { OutcomeColumn = "ehm" });
    }
}
