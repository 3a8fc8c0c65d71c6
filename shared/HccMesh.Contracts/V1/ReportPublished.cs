namespace HccMesh.Contracts.V1;

/// <summary>The report of a study is in the object store (JSON and HTML).</summary>
public sealed record ReportPublished(
    Guid StudyId,
    string StudyKey,
    string JsonReportKey,
    string HtmlReportKey,
    DateTimeOffset PublishedAt) : IStudyMessage;
