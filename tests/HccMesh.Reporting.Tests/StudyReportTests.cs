using HccMesh.Modeling.Artifacts;

namespace HccMesh.Reporting.Tests;

public class StudyReportTests
{
    [Fact]
    public void Json_round_trip_preserves_every_field()
    {
        var report = SampleReports.Report(SampleReports.DemoArtifact());
        var json = ReportJsonWriter.ToJson(report);
        var copy = ReportJsonReader.FromJson(json);

        Assert.Equal(json, ReportJsonWriter.ToJson(copy));
        Assert.Equal(report.StudyKey, copy.StudyKey);
        Assert.Equal(report.Probability, copy.Probability);
        Assert.Equal(report.Radscore, copy.Radscore);
        Assert.Equal(report.Contributions, copy.Contributions);
        Assert.Equal(report.CombinedTerms, copy.CombinedTerms);
        Assert.Equal(report.ClinicalInputs, copy.ClinicalInputs);
        Assert.Equal(report.Cutoff, copy.Cutoff);
        Assert.Equal(report.GeneratedAt, copy.GeneratedAt);
        Assert.Equal(report.DemoBanner, copy.DemoBanner);
        Assert.Equal(report.Model.Flags.Flags, copy.Model.Flags.Flags);
        Assert.Equal(report.Phases[0].OriginalSpacingMm, copy.Phases[0].OriginalSpacingMm);
        Assert.Null(copy.Phases[1].ResampledSpacingMm);
    }

    [Fact]
    public void Json_uses_camel_case_and_keeps_the_banner_text_readable()
    {
        var json = ReportJsonWriter.ToJson(SampleReports.Report(SampleReports.DemoArtifact()));
        Assert.Contains("\"studyKey\"", json);
        Assert.Contains("\"demoBanner\": \"demo reference — not for clinical use\"", json);
        Assert.Contains("\"traceId\": \"" + SampleReports.TraceId + "\"", json);
    }

    [Fact]
    public void Report_json_with_unknown_property_is_refused()
    {
        var json = ReportJsonWriter.ToJson(SampleReports.Report(SampleReports.DemoArtifact()));
        var tampered = json.Replace("\"traceId\"", "\"patientName\": \"DOE^JANE\",\n  \"traceId\"");
        Assert.Throws<StudyReportException>(() => ReportJsonReader.FromJson(tampered));
    }

    [Fact]
    public void Demo_report_without_banner_is_refused()
    {
        var report = SampleReports.Report(SampleReports.DemoArtifact()) with { DemoBanner = null };
        var e = Assert.Throws<StudyReportException>(() => ReportJsonWriter.ToJson(report));
        Assert.Equal("demoBanner", e.Field);
        Assert.Throws<StudyReportException>(() => ReportHtmlRenderer.Render(report));
    }

    [Fact]
    public void Estimated_intercept_report_without_note_is_refused()
    {
        var report = SampleReports.Report(SampleReports.DemoArtifact()) with { InterceptNote = null };
        Assert.Equal("interceptNote", Assert.Throws<StudyReportException>(() => ReportJsonWriter.ToJson(report)).Field);
    }

    [Fact]
    public void Report_carries_flags_banner_and_intercept_note_from_the_result()
    {
        var report = SampleReports.Report(SampleReports.DemoArtifact());
        Assert.Equal("hcc-ehm-demo", report.Model.Id);
        Assert.Equal(DemoMarker.StandardNotice, report.DemoBanner);
        Assert.Contains(ArtifactFlags.InterceptEstimated, report.Model.Flags.Flags);
        Assert.Contains("35/277", report.InterceptNote);
        Assert.Equal("paper-hcc.yaml", report.Settings.FileName);
    }

    [Fact]
    public void Mask_volume_is_voxel_count_times_voxel_volume_of_the_grid_used()
    {
        var phases = SampleReports.Phases();
        Assert.Equal(52.34, phases[0].MaskVolumeMl, 12);              // 52 340 voxels × 1 mm³
        Assert.Equal("resampled", phases[0].GridUsed);
        Assert.Equal(1000 * 0.8 * 0.8 * 2.5 / 1000, phases[1].MaskVolumeMl, 12); // 1.6 mL on the original grid
        Assert.Equal("original", phases[1].GridUsed);
    }

    [Fact]
    public void Study_key_accepts_a_uid_and_refuses_free_text()
    {
        Assert.Equal(StudyKey.StudyInstanceUidKind, StudyKey.FromStudyInstanceUid("1.2.840.10008.1").Kind);
        Assert.Throws<ArgumentException>(() => StudyKey.FromStudyInstanceUid("DOE^JANE"));
        Assert.Throws<ArgumentException>(() => StudyKey.FromStudyInstanceUid("1.02.3"));
        Assert.Throws<ArgumentException>(() => StudyKey.FromStudyInstanceUid("1." + new string('1', 64)));
    }

    [Fact]
    public void Fallback_study_key_is_a_hash_of_the_sorted_series_uids()
    {
        var a = StudyKey.FromSeriesInstanceUids(["1.2.3.5", "1.2.3.4", "1.2.3.4"]);
        var b = StudyKey.FromSeriesInstanceUids(["1.2.3.4", "1.2.3.5"]);
        Assert.Equal(a, b);
        Assert.Equal(StudyKey.SeriesUidHashKind, a.Kind);
        // printf '1.2.3.4\n1.2.3.5' | sha256sum
        Assert.Equal("series-sha256:1c9ae8b1a05d8bab4e557c99afcf1ad698ad3142af4eb5afb79bfe33508fe70b", a.Value);
    }
}
