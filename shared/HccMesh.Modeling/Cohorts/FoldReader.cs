namespace HccMesh.Modeling.Cohorts;

/// <summary>Reads a fold-id column: whole numbers 1..K, none missing, K >= 3, every fold used.</summary>
internal static class FoldReader
{
    public const int MinimumFolds = 3;

    public static int[] Read(CohortTable table, string column)
    {
        var source = table.Source;
        var index = table.ColumnIndex(column);
        var folds = new int[table.RowCount];
        for (var row = 0; row < folds.Length; row++)
        {
            var cell = table.Cell(row, index);
            var kind = CellValue.Read(cell, out var value);
            if (kind == CellValueKind.Missing)
            {
                throw new CohortException(source, column, table.LineNumber(row),
                    $"cohort '{source}', {table.RowReference(row)}: the fold id (column '{column}') is missing; " +
                    "give every row a fold number 1..K");
            }

            if (kind != CellValueKind.Number || value < 1 || value != Math.Floor(value) || value > int.MaxValue)
            {
                throw new CohortException(source, column, table.LineNumber(row),
                    $"cohort '{source}', {table.RowReference(row)}, fold column '{column}': '{cell}' is not a fold " +
                    "number; fold ids are whole numbers 1..K");
            }

            folds[row] = (int)value;
        }

        var count = folds.Max();
        if (count < MinimumFolds)
        {
            throw new CohortException(source, column, null,
                $"cohort '{source}': the fold column '{column}' defines {count} fold(s); cross-validation needs at " +
                $"least {MinimumFolds}: number the folds 1..K with K >= {MinimumFolds}");
        }

        var used = new bool[count + 1];
        foreach (var fold in folds)
        {
            used[fold] = true;
        }

        var empty = Enumerable.Range(1, count).Where(f => !used[f]).ToList();
        if (empty.Count > 0)
        {
            throw new CohortException(source, column, null,
                $"cohort '{source}': the fold column '{column}' goes up to fold {count} but no row has fold " +
                $"{string.Join(", ", empty)}; number the folds 1..K without gaps");
        }

        return folds;
    }
}
