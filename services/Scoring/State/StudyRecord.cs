namespace HccMesh.Scoring.State;

/// <summary>Durable state of one study as Scoring sees it. Status: "collecting", "assessed", "failed".</summary>
public sealed class StudyRecord
{
    public Guid StudyId { get; set; }

    public string StudyKey { get; set; } = string.Empty;

    public string StudyKeySource { get; set; } = string.Empty;

    public string ModelId { get; set; } = string.Empty;

    public string SettingsSha256 { get; set; } = string.Empty;

    /// <summary>StudyArrived as JSON (phases, clinical values), kept for the assessment document.</summary>
    public string ArrivalJson { get; set; } = string.Empty;

    public int PhaseCount { get; set; }

    public string Status { get; set; } = StudyStatus.Collecting;

    public string? FailureReason { get; set; }

    public DateTimeOffset ArrivedAt { get; set; }

    public DateTimeOffset? AssessedAt { get; set; }
}

public static class StudyStatus
{
    public const string Collecting = "collecting";
    public const string Assessed = "assessed";
    public const string Failed = "failed";
}
