using HccMesh.Modeling.Artifacts;

namespace HccMesh.Cli.Commands;

/// <summary>
/// <c>--clinical BMI,MVI,PV=pvtt,ALB</c>: model variable names (those the scorer can supply), each optionally mapped to
/// the cohort column holding it; without "=column" the column is found by name, ignoring case.
/// </summary>
public static class ClinicalColumnMap
{
    public static IReadOnlyList<(ClinicalVariable Variable, string? Column)> Parse(string? text)
    {
        var result = new List<(ClinicalVariable, string?)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }

        foreach (var entry in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split('=', 2, StringSplitOptions.TrimEntries);
            var name = ClinicalVariableNames.Expected.Keys.FirstOrDefault(k => string.Equals(k, parts[0], StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException(
                    $"--clinical: '{parts[0]}' is not a clinical variable the scoring service can supply; use {string.Join(", ", ClinicalVariableNames.Expected.Keys)} " +
                    "(optionally NAME=column to read it from another column)");
            if (result.Any(r => r.Item1.Name == name))
            {
                throw new ArgumentException($"--clinical: {name} is listed twice");
            }

            var (kind, unit) = ClinicalVariableNames.Expected[name];
            var variable = new ClinicalVariable
            {
                Name = name,
                Kind = kind,
                Unit = unit,
                Coding = kind == ClinicalVariableKind.Binary ? new BinaryCoding { Present = 1, Absent = 0 } : null,
            };
            result.Add((variable, parts.Length == 2 ? parts[1] : null));
        }

        return result;
    }

    /// <summary>The cohort column of each variable: the mapped one, else the column whose name equals the variable's ignoring case.</summary>
    public static IReadOnlyList<string> Resolve(IReadOnlyList<(ClinicalVariable Variable, string? Column)> map, IReadOnlyList<string> columns, string source)
    {
        var resolved = new List<string>();
        foreach (var (variable, column) in map)
        {
            if (column is not null)
            {
                resolved.Add(column);
                continue;
            }

            var matches = columns.Where(c => string.Equals(c, variable.Name, StringComparison.OrdinalIgnoreCase)).ToArray();
            resolved.Add(matches.Length switch
            {
                1 => matches[0],
                0 => throw new ArgumentException($"{source}: no column named {variable.Name} (any case) for the clinical variable {variable.Name}; map it with --clinical {variable.Name}=<column>"),
                _ => throw new ArgumentException($"{source}: columns {string.Join(", ", matches)} all match {variable.Name}; pick one with --clinical {variable.Name}=<column>"),
            });
        }

        return resolved;
    }
}
