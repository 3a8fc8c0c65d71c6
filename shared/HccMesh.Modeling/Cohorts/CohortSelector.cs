namespace HccMesh.Modeling.Cohorts;

/// <summary>
/// Turns a <see cref="CohortTable"/> into <see cref="CohortData"/> for one <see cref="CohortSelection"/>:
/// parses the outcome, fold, clinical and feature columns, handles missing cells and constant columns by the
/// selection's policies, and refuses everything else with a <see cref="CohortException"/>.
/// </summary>
public static class CohortSelector
{
    private const string ImputeOption = "--impute median";
    private const string DropConstantOption = "--drop-constant";

    public static CohortData Select(CohortTable table, CohortSelection selection)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(selection);
        var columns = SelectedColumns.Resolve(table, selection);
        var outcome = OutcomeReader.Read(table, columns.Outcome);
        var folds = columns.Fold is null ? null : FoldReader.Read(table, columns.Fold);

        var clinical = columns.Clinical
            .Select(name => NumericColumn.Read(table, name, columns.Binary.Contains(name) ? "binary column" : "clinical column"))
            .ToArray();
        foreach (var column in clinical.Where(c => columns.Binary.Contains(c.Name)))
        {
            RequireBinary(table, column);
        }

        var features = new NumericColumn[columns.Features.Length];
        for (var f = 0; f < features.Length; f++)
        {
            features[f] = NumericColumn.Read(table, columns.Features[f], "feature column");
        }

        var imputable = clinical.Where(c => !columns.Binary.Contains(c.Name)).Concat(features).ToArray();
        var medians = ObservedMedians(imputable);
        var imputations = FillMissing(table, selection, imputable, medians);

        var keepConstant = selection.ConstantFeatures == ConstantFeaturePolicy.Keep;
        if (!keepConstant)
        {
            RequireNonConstantClinical(table, clinical);
        }

        var constant = keepConstant ? [] : features.Where(f => f.IsConstant()).ToList();
        if (constant.Count > 0 && selection.ConstantFeatures == ConstantFeaturePolicy.Refuse)
        {
            throw ConstantFeaturesRefused(table, constant);
        }

        var dropped = constant.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var kept = features.Where(f => !dropped.Contains(f.Name)).ToArray();
        foreach (var name in dropped)
        {
            medians.Remove(name);
        }

        return new CohortData(
            table.Source,
            Enumerable.Range(0, table.RowCount).Select(table.Id).ToArray(),
            Enumerable.Range(0, table.RowCount).Select(table.LineNumber).ToArray(),
            columns.Outcome,
            outcome,
            columns.Clinical,
            clinical.Select(c => c.Values).ToArray(),
            kept.Select(f => f.Name).ToArray(),
            RowMajor(kept, table.RowCount),
            columns.Fold,
            folds,
            imputations.Where(i => !dropped.Contains(i.Column)).ToList(),
            constant.Select(c => c.Name).ToList(),
            medians);
    }

    private static void RequireBinary(CohortTable table, NumericColumn column)
    {
        for (var row = 0; row < column.Values.Length; row++)
        {
            var value = column.Values[row];
            if (!double.IsNaN(value) && value != 0.0 && value != 1.0)
            {
                throw new CohortException(table.Source, column.Name, table.LineNumber(row),
                    $"cohort '{table.Source}', {table.RowReference(row)}, binary column '{column.Name}': " +
                    $"'{table.Cell(row, column.Name)}' is not 0 or 1; code it as 0/1, or list the column as " +
                    "clinical but not binary");
            }
        }

        if (column.MissingRows.Count > 0)
        {
            throw new CohortException(table.Source, column.Name, table.LineNumber(column.MissingRows[0]),
                $"cohort '{table.Source}': binary column '{column.Name}' is missing on {column.MissingRows.Count} " +
                $"row(s): {RowList.Format(table, column.MissingRows)}; binary columns are never imputed: " +
                "fill them in or remove those rows");
        }
    }

    private static Dictionary<string, double> ObservedMedians(NumericColumn[] columns)
    {
        var medians = new Dictionary<string, double>(columns.Length, StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (column.MissingRows.Count < column.Values.Length)
            {
                medians[column.Name] = Median.Of(column.Observed());
            }
        }

        return medians;
    }

    private static List<Imputation> FillMissing(
        CohortTable table, CohortSelection selection, NumericColumn[] columns, Dictionary<string, double> medians)
    {
        var source = table.Source;
        var withMissing = columns.Where(c => c.MissingRows.Count > 0).ToList();
        var imputations = new List<Imputation>();
        if (withMissing.Count == 0)
        {
            return imputations;
        }

        if (selection.MissingValues == MissingValuePolicy.Refuse)
        {
            var first = withMissing[0];
            var others = withMissing.Count > 1
                ? $"; {withMissing.Count - 1} other column(s) have missing values too: " +
                  RowList.Names(withMissing.Skip(1).Select(c => c.Name))
                : "";
            throw new CohortException(source, first.Name, table.LineNumber(first.MissingRows[0]),
                $"cohort '{source}': {first.Role} '{first.Name}' has {first.MissingRows.Count} missing value(s): " +
                $"{RowList.Format(table, first.MissingRows)}{others}. Fill them in, or use {ImputeOption} to " +
                "replace missing values by the column median");
        }

        foreach (var column in withMissing)
        {
            double value;
            if (selection.ImputationValues is { } given)
            {
                if (!given.TryGetValue(column.Name, out value) || !double.IsFinite(value))
                {
                    throw new CohortException(source, column.Name, table.LineNumber(column.MissingRows[0]),
                        $"cohort '{source}': {column.Role} '{column.Name}' has {column.MissingRows.Count} missing " +
                        $"value(s) ({RowList.Format(table, column.MissingRows)}) but no finite training median is " +
                        "available for it; fill them in, or re-train with this column");
                }
            }
            else if (!medians.TryGetValue(column.Name, out value))
            {
                throw new CohortException(source, column.Name, null,
                    $"cohort '{source}': {column.Role} '{column.Name}' is missing on all {column.Values.Length} " +
                    "rows, so it has no median to impute; fill it in or leave the column out of the selection");
            }

            column.Fill(value);
            imputations.Add(new Imputation(column.Name, column.MissingRows.Count, value));
        }

        return imputations;
    }

    private static void RequireNonConstantClinical(CohortTable table, NumericColumn[] clinical)
    {
        foreach (var column in clinical.Where(c => c.IsConstant()))
        {
            throw new CohortException(table.Source, column.Name, null,
                $"cohort '{table.Source}': {column.Role} '{column.Name}' has the same value " +
                $"({column.Values[0].ToString(System.Globalization.CultureInfo.InvariantCulture)}) in all " +
                $"{column.Values.Length} rows, so it cannot inform a model; remove it from the clinical columns");
        }
    }

    private static CohortException ConstantFeaturesRefused(CohortTable table, List<NumericColumn> constant) =>
        new(table.Source, constant[0].Name, null,
            $"cohort '{table.Source}': {constant.Count} feature column(s) have the same value in every row: " +
            $"{RowList.Names(constant.Select(c => c.Name))}; exclude them from the feature patterns, or use " +
            $"{DropConstantOption} to leave constant features out");

    private static double[][] RowMajor(NumericColumn[] columns, int rowCount)
    {
        var rows = new double[rowCount][];
        for (var row = 0; row < rowCount; row++)
        {
            rows[row] = new double[columns.Length];
        }

        for (var f = 0; f < columns.Length; f++)
        {
            var values = columns[f].Values;
            for (var row = 0; row < rowCount; row++)
            {
                rows[row][f] = values[row];
            }
        }

        return rows;
    }
}
