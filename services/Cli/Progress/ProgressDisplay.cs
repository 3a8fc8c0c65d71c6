using System.Diagnostics;
using System.Globalization;
using HccMesh.Contracts;
using HccMesh.Contracts.V1;

namespace HccMesh.Cli.Progress;

/// <summary>One line per pipeline event, and at the end the wall time split by stage.</summary>
public sealed class ProgressDisplay(TextWriter output)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Dictionary<string, (TimeSpan First, TimeSpan Last)> stageTimes = [];
    private int expectedSets;
    private int extractedSets;
    private double extractionWorkMs;

    public void Show(IStudyMessage message)
    {
        var now = clock.Elapsed;
        switch (message)
        {
            case StudyArrived a:
                Mark(Stages.Ingestion, now);
                Line(now, Stages.Ingestion, $"{a.Phases.Count} phase(s) [{string.Join(", ", a.Phases.Select(p => p.Phase))}], study key {a.StudyKey} ({a.StudyKeySource}), model {a.ModelId}");
                break;
            case PhasePreprocessed p:
                Mark(Stages.Preprocessing, now);
                expectedSets += p.ImageTypes.Count;
                Line(now, Stages.Preprocessing, $"{p.Phase}: {p.Original.PixelType} {Size(p.Original.Size)} @ {Spacing(p.Original.Spacing)} mm -> {Size(p.Resampled.Size)} @ {Spacing(p.Resampled.Spacing)} mm; ROI label {p.MaskLabel}: {p.RoiVoxelCount:N0} voxels ({p.RoiVolumeMl:F1} mL)");
                break;
            case FeatureSetExtracted f:
                Mark(Stages.FeatureExtraction, now);
                extractedSets++;
                extractionWorkMs += f.ElapsedMilliseconds;
                Line(now, Stages.FeatureExtraction, $"{f.Phase} {f.ImageType}: {f.FeatureCount} features in {f.ElapsedMilliseconds / 1000:F2} s ({extractedSets}/{expectedSets})");
                break;
            case RiskAssessed r:
                Mark(Stages.Scoring, now);
                Line(now, Stages.Scoring, string.Create(CultureInfo.InvariantCulture, $"radscore {r.Radscore:F3}, probability {r.Probability:F3}, risk group {r.RiskGroup} (cutoff {r.RiskCutoff:F3}); model {r.ModelId} {r.ModelVersion}"));
                foreach (var flag in r.Flags)
                {
                    Line(now, Stages.Scoring, $"flag: {flag}");
                }

                break;
            case ReportPublished:
                Mark(Stages.Reporting, now);
                Line(now, Stages.Reporting, "report written");
                break;
            case StudyFailed failed:
                Line(now, failed.Stage, $"FAILED ({failed.ErrorCode})");
                break;
        }
    }

    /// <summary>Wall time per stage: from the previous stage's last event to this stage's last event.</summary>
    public void Summary()
    {
        output.WriteLine("Wall time by stage:");
        var previous = TimeSpan.Zero;
        foreach (var stage in new[] { Stages.Ingestion, Stages.Preprocessing, Stages.FeatureExtraction, Stages.Scoring, Stages.Reporting })
        {
            if (!stageTimes.TryGetValue(stage, out var t))
            {
                continue;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-20} {(t.Last - previous).TotalSeconds,8:F2} s"));
            previous = t.Last;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"total",-20} {previous.TotalSeconds,8:F2} s   (extraction work summed over image types: {extractionWorkMs / 1000:F2} s)"));
    }

    private void Mark(string stage, TimeSpan now) =>
        stageTimes[stage] = stageTimes.TryGetValue(stage, out var t) ? (t.First, now) : (now, now);

    private void Line(TimeSpan now, string stage, string text) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{now.TotalSeconds,7:F2}s] {stage,-19} {text}"));

    private static string Size(int[] s) => string.Join("x", s);

    private static string Spacing(double[] s) => string.Join("x", s.Select(v => v.ToString("0.####", CultureInfo.InvariantCulture)));
}
