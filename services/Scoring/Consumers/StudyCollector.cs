using System.Text.Json;
using HccMesh.Contracts.V1;
using HccMesh.Scoring.State;
using Microsoft.EntityFrameworkCore;

namespace HccMesh.Scoring.Consumers;

/// <summary>
/// Records what Scoring has seen of a study. Every write is idempotent on the message's natural key,
/// so a redelivered message changes nothing; the scoring endpoint runs one message at a time, so the
/// completeness check cannot race.
/// </summary>
public sealed class StudyCollector(ScoringDbContext db)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RecordArrival(StudyArrived m, CancellationToken ct)
    {
        if (await db.Studies.FindAsync([m.StudyId], ct) is not null)
        {
            return;
        }

        db.Studies.Add(new StudyRecord
        {
            StudyId = m.StudyId,
            StudyKey = m.StudyKey,
            StudyKeySource = m.StudyKeySource,
            ModelId = m.ModelId,
            SettingsSha256 = m.SettingsSha256,
            ArrivalJson = JsonSerializer.Serialize(m, Json),
            PhaseCount = m.Phases.Count,
            ArrivedAt = m.ArrivedAt,
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordPhase(PhasePreprocessed m, CancellationToken ct)
    {
        if (await db.Phases.FindAsync([m.StudyId, m.Phase], ct) is not null)
        {
            return;
        }

        db.Phases.Add(new PhaseRecord { StudyId = m.StudyId, Phase = m.Phase, ExpectedImageTypes = m.ImageTypes.Count, PreprocessedJson = JsonSerializer.Serialize(m, Json) });
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordFeatureSet(FeatureSetExtracted m, CancellationToken ct)
    {
        if (await db.FeatureSets.FindAsync([m.StudyId, m.Phase, m.ImageType], ct) is not null)
        {
            return;
        }

        db.FeatureSets.Add(new FeatureSetRecord
        {
            StudyId = m.StudyId,
            Phase = m.Phase,
            ImageType = m.ImageType,
            FeaturesKey = m.FeaturesKey,
            FeaturesSha256 = m.FeaturesSha256,
            FeatureCount = m.FeatureCount,
            ElapsedMilliseconds = m.ElapsedMilliseconds,
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordFailure(StudyFailed m, CancellationToken ct)
    {
        var study = await db.Studies.FindAsync([m.StudyId], ct);
        if (study is null || study.Status != StudyStatus.Collecting)
        {
            return;
        }

        study.Status = StudyStatus.Failed;
        study.FailureReason = $"{m.Stage}: {m.Reason}";
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The study when every phase and every image type has arrived and it is not yet assessed; else null.</summary>
    public async Task<CompleteStudy?> CompleteOrNull(Guid studyId, CancellationToken ct)
    {
        var study = await db.Studies.FindAsync([studyId], ct);
        if (study is null || study.Status != StudyStatus.Collecting)
        {
            return null;
        }

        var phases = await db.Phases.Where(p => p.StudyId == studyId).ToListAsync(ct);
        if (phases.Count < study.PhaseCount)
        {
            return null;
        }

        var sets = await db.FeatureSets.Where(f => f.StudyId == studyId).ToListAsync(ct);
        foreach (var phase in phases)
        {
            if (sets.Count(s => s.Phase == phase.Phase) < phase.ExpectedImageTypes)
            {
                return null;
            }
        }

        return new CompleteStudy(study, phases, sets);
    }

    public async Task MarkAssessed(StudyRecord study, CancellationToken ct)
    {
        study.Status = StudyStatus.Assessed;
        study.AssessedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(ct);
    }

    public async Task MarkFailed(StudyRecord study, string reason, CancellationToken ct)
    {
        study.Status = StudyStatus.Failed;
        study.FailureReason = reason;
        await db.SaveChangesAsync(ct);
    }
}

public sealed record CompleteStudy(StudyRecord Study, IReadOnlyList<PhaseRecord> Phases, IReadOnlyList<FeatureSetRecord> FeatureSets);
