namespace HccMesh.Modeling.Cohorts;

/// <summary>Suggests the column a researcher probably meant when a name is not found (differs only in case).</summary>
internal static class ColumnSuggestion
{
    /// <summary>" Did you mean 'ID'?" or "".</summary>
    public static string For(IEnumerable<string> columns, string name)
    {
        var match = columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
        return match is null ? "" : $" Did you mean '{match}'?";
    }
}
