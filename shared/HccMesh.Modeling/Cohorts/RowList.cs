namespace HccMesh.Modeling.Cohorts;

/// <summary>Formats the first few rows of a list for messages: "line 4 (id 'P03'), line 9 (id 'P08'), ...".</summary>
internal static class RowList
{
    public const int Shown = 5;

    public static string Format(CohortTable table, IReadOnlyList<int> rows)
    {
        var shown = string.Join(", ", rows.Take(Shown).Select(table.RowReference));
        return rows.Count > Shown ? $"{shown}, ... ({rows.Count - Shown} more)" : shown;
    }

    public static string Names(IEnumerable<string> names, int shown = Shown)
    {
        var list = names.ToList();
        var text = string.Join(", ", list.Take(shown).Select(n => $"'{n}'"));
        return list.Count > shown ? $"{text}, ... ({list.Count - shown} more)" : text;
    }
}
