namespace HccMesh.Modeling.Cohorts;

/// <summary>
/// The column names a <see cref="CohortSelection"/> resolves to in one table, checked for existence, overlap and
/// duplicates; feature columns resolved from the explicit list or from the patterns.
/// </summary>
internal sealed class SelectedColumns
{
    private const int CandidatesShown = 5;

    private SelectedColumns(string outcome, string[] clinical, HashSet<string> binary, string? fold, string[] features)
    {
        Outcome = outcome;
        Clinical = clinical;
        Binary = binary;
        Fold = fold;
        Features = features;
    }

    public string Outcome { get; }

    public string[] Clinical { get; }

    public HashSet<string> Binary { get; }

    public string? Fold { get; }

    public string[] Features { get; }

    public static SelectedColumns Resolve(CohortTable table, CohortSelection selection)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(selection.OutcomeColumn);
        var source = table.Source;
        var outcome = selection.OutcomeColumn;
        RequireColumn(table, outcome, "outcome column", "--outcome");
        if (outcome == table.IdColumn)
        {
            throw new CohortException(source, outcome, null,
                $"cohort '{source}': '{outcome}' is the id column and cannot also be the outcome column; " +
                "name the 0/1 outcome column with --outcome");
        }

        var reserved = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [table.IdColumn] = "the id column",
            [outcome] = "the outcome column",
        };

        string? fold = selection.FoldColumn;
        if (fold is not null)
        {
            RequireColumn(table, fold, "fold column", "--fold-column");
            Reserve(source, reserved, fold, "the fold column");
        }

        var clinical = selection.ClinicalColumns.ToArray();
        foreach (var name in clinical)
        {
            RequireColumn(table, name, "clinical column", "--clinical");
            Reserve(source, reserved, name, "a clinical column");
        }

        var binary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in selection.BinaryColumns)
        {
            if (Array.IndexOf(clinical, name) < 0)
            {
                throw new CohortException(source, name, null,
                    $"cohort '{source}': binary column '{name}' is not among the clinical columns " +
                    $"({RowList.Names(clinical)}); list it as a clinical column too");
            }

            binary.Add(name);
        }

        var features = selection.FeatureColumns is { } explicitColumns
            ? ExplicitFeatures(table, explicitColumns, reserved)
            : MatchedFeatures(table, selection.FeaturePatterns, reserved);
        return new SelectedColumns(outcome, clinical, binary, fold, features);
    }

    private static void RequireColumn(CohortTable table, string name, string role, string option)
    {
        if (!table.HasColumn(name))
        {
            throw new CohortException(table.Source, name, null,
                $"cohort '{table.Source}' has no {role} '{name}' (names are case-sensitive); its columns include " +
                $"{RowList.Names(table.Columns, 8)}; correct the name given with {option}." +
                ColumnSuggestion.For(table.Columns, name));
        }
    }

    private static void Reserve(string source, Dictionary<string, string> reserved, string name, string role)
    {
        if (!reserved.TryAdd(name, role))
        {
            throw new CohortException(source, name, null,
                $"cohort '{source}': column '{name}' is selected as {role} but is already {reserved[name]}; " +
                "each column can have one role only");
        }
    }

    private static string[] ExplicitFeatures(
        CohortTable table, IReadOnlyList<string> columns, Dictionary<string, string> reserved)
    {
        var source = table.Source;
        var absent = columns.Where(c => !table.HasColumn(c)).ToList();
        if (absent.Count > 0)
        {
            throw new CohortException(source, absent[0], null,
                $"cohort '{source}' lacks {absent.Count} of the {columns.Count} required feature columns: " +
                $"{RowList.Names(absent)}; the model needs exactly these columns (names are case-sensitive): " +
                "extract them for this cohort with the same settings." + ColumnSuggestion.For(table.Columns, absent[0]));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in columns)
        {
            if (reserved.TryGetValue(name, out var role))
            {
                throw new CohortException(source, name, null,
                    $"cohort '{source}': feature column '{name}' is also {role}; each column can have one role only");
            }

            if (!seen.Add(name))
            {
                throw new CohortException(source, name, null,
                    $"cohort '{source}': feature column '{name}' is listed twice; list each feature once");
            }
        }

        return [.. columns];
    }

    private static string[] MatchedFeatures(
        CohortTable table, IReadOnlyList<string> patterns, Dictionary<string, string> reserved)
    {
        var source = table.Source;
        if (patterns.Count == 0)
        {
            throw new CohortException(source, null, null,
                $"cohort '{source}': no feature patterns were given; use '*' to select every feature column");
        }

        var candidates = table.Columns
            .Where(c => !reserved.ContainsKey(c) && FeatureColumnName.TryParse(c, out _, out _))
            .ToList();
        if (candidates.Count == 0)
        {
            throw new CohortException(source, null, null,
                $"cohort '{source}' has no PyRadiomics feature columns (names like 'original_shape_Sphericity' or " +
                $"'portal_wavelet-LLL_glcm_MaximumProbability'); its columns include {RowList.Names(table.Columns, 8)}");
        }

        var matchedBy = new int[patterns.Count];
        var selected = new List<string>();
        foreach (var candidate in candidates)
        {
            var any = false;
            for (var p = 0; p < patterns.Count; p++)
            {
                if (GlobPattern.IsMatch(patterns[p], candidate))
                {
                    matchedBy[p]++;
                    any = true;
                }
            }

            if (any)
            {
                selected.Add(candidate);
            }
        }

        if (selected.Count == 0)
        {
            throw new CohortException(source, null, null,
                $"cohort '{source}': no feature column matches the patterns {RowList.Names(patterns)}; the " +
                $"{candidates.Count} feature columns include {RowList.Names(candidates, CandidatesShown)} " +
                "(patterns use '*' and '?', match the whole name and are case-sensitive)");
        }

        var unmatched = patterns.Where((_, p) => matchedBy[p] == 0).ToList();
        if (unmatched.Count > 0)
        {
            throw new CohortException(source, null, null,
                $"cohort '{source}': these feature patterns match no feature column (a typo?): " +
                $"{RowList.Names(unmatched)}; the feature columns include " +
                $"{RowList.Names(candidates, CandidatesShown)}; correct or remove the pattern");
        }

        return [.. selected];
    }
}
