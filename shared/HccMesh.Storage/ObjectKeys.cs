namespace HccMesh.Storage;

/// <summary>The one place object keys are built. Only study GUIDs, phases and fixed names appear in them.</summary>
public static class ObjectKeys
{
    public static string StudyPrefix(Guid studyId) => $"studies/{studyId:N}";

    public static string InputImage(Guid studyId, string phase, string fileName) => $"{StudyPrefix(studyId)}/input/{phase}/image/{fileName}";

    public static string InputMask(Guid studyId, string phase, string extension) => $"{StudyPrefix(studyId)}/input/{phase}/mask{extension}";

    public static string Settings(Guid studyId) => $"{StudyPrefix(studyId)}/input/settings.yaml";

    public static string PreprocessedVolume(Guid studyId, string phase) => $"{StudyPrefix(studyId)}/preprocessed/{phase}/image.nrrd";

    public static string PreprocessedMask(Guid studyId, string phase) => $"{StudyPrefix(studyId)}/preprocessed/{phase}/mask.nrrd";

    public static string FeatureSet(Guid studyId, string phase, string imageType) => $"{StudyPrefix(studyId)}/features/{phase}/{imageType}.csv";

    public static string Assessment(Guid studyId) => $"{StudyPrefix(studyId)}/assessment.json";

    public static string ReportJson(Guid studyId) => $"{StudyPrefix(studyId)}/report/report.json";

    public static string ReportHtml(Guid studyId) => $"{StudyPrefix(studyId)}/report/report.html";
}
