namespace HccMesh.Modeling.Cohorts;

/// <summary>Reads the 0/1 outcome column ("0", "1", "0.0", "1.0", ...); never imputes it; needs both classes.</summary>
internal static class OutcomeReader
{
    public static double[] Read(CohortTable table, string column)
    {
        var source = table.Source;
        var index = table.ColumnIndex(column);
        var outcome = new double[table.RowCount];
        var events = 0;
        for (var row = 0; row < outcome.Length; row++)
        {
            var cell = table.Cell(row, index);
            var kind = CellValue.Read(cell, out var value);
            if (kind == CellValueKind.Missing)
            {
                throw new CohortException(source, column, table.LineNumber(row),
                    $"cohort '{source}', {table.RowReference(row)}: the outcome (column '{column}') is missing; " +
                    "the outcome is never imputed: fill it in (1 = event, 0 = no event) or remove the row");
            }

            if (kind != CellValueKind.Number || (value != 0.0 && value != 1.0))
            {
                throw new CohortException(source, column, table.LineNumber(row),
                    $"cohort '{source}', {table.RowReference(row)}, outcome column '{column}': '{cell}' is not 0 " +
                    "or 1; code the outcome as 1 = event, 0 = no event");
            }

            outcome[row] = value;
            events += value == 1.0 ? 1 : 0;
        }

        if (events == 0 || events == outcome.Length)
        {
            var only = events == 0 ? "0 (no events)" : "1 (only events)";
            throw new CohortException(source, column, null,
                $"cohort '{source}': the outcome column '{column}' is {only} in all {outcome.Length} rows; a model " +
                "needs both events (1) and non-events (0): check the outcome column and its coding");
        }

        return outcome;
    }
}
