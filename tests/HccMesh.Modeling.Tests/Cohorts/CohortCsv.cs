using HccMesh.Modeling.Cohorts;

namespace HccMesh.Modeling.Tests.Cohorts;

/// <summary>Builds cohort tables from CSV text written in the test.</summary>
internal static class CohortCsv
{
    public const string Source = "cohort.csv";

    public static CohortTable Parse(string text, string idColumn = "id") =>
        CohortCsvReader.Read(new StringReader(text), Source, idColumn);

    /// <summary>Lines joined with LF and a trailing line break.</summary>
    public static CohortTable Lines(params string[] lines) => Parse(string.Join("\n", lines) + "\n");

    public static CohortException Refused(string text, string idColumn = "id") =>
        Assert.Throws<CohortException>(() => Parse(text, idColumn));

    public static CohortException RefusedLines(params string[] lines) =>
        Refused(string.Join("\n", lines) + "\n");
}
