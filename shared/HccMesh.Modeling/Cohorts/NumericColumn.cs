namespace HccMesh.Modeling.Cohorts;

/// <summary>One column of a table read as numbers; missing cells are NaN and listed in <see cref="MissingRows"/>.</summary>
internal sealed class NumericColumn
{
    private NumericColumn(string name, string role, double[] values, List<int> missingRows)
    {
        Name = name;
        Role = role;
        Values = values;
        MissingRows = missingRows;
    }

    public string Name { get; }

    /// <summary>"clinical column", "feature column", ... for messages.</summary>
    public string Role { get; }

    public double[] Values { get; }

    public List<int> MissingRows { get; }

    /// <summary>Reads every row; text that is not a finite number nor a missing marker is refused.</summary>
    public static NumericColumn Read(CohortTable table, string name, string role)
    {
        var columnIndex = table.ColumnIndex(name);
        var values = new double[table.RowCount];
        var missing = new List<int>();
        for (var row = 0; row < values.Length; row++)
        {
            var cell = table.Cell(row, columnIndex);
            switch (CellValue.Read(cell, out var value))
            {
                case CellValueKind.Number:
                    values[row] = value;
                    break;
                case CellValueKind.Missing:
                    values[row] = double.NaN;
                    missing.Add(row);
                    break;
                case CellValueKind.NonFinite:
                    throw new CohortException(table.Source, name, table.LineNumber(row),
                        $"cohort '{table.Source}', {table.RowReference(row)}, {role} '{name}': '{cell}' is not a " +
                        "finite number; correct the value, or leave the cell empty (or NA) if it is unknown");
                default:
                    throw new CohortException(table.Source, name, table.LineNumber(row),
                        $"cohort '{table.Source}', {table.RowReference(row)}, {role} '{name}': '{cell}' is not a " +
                        "number; write numbers with a '.' decimal point and no thousands separator (e.g. 12.5), " +
                        "code categories as numbers (e.g. 0/1), and leave unknown cells empty (or NA)");
            }
        }

        return new NumericColumn(name, role, values, missing);
    }

    /// <summary>The non-missing values.</summary>
    public double[] Observed()
    {
        var observed = new double[Values.Length - MissingRows.Count];
        var next = 0;
        foreach (var value in Values)
        {
            if (!double.IsNaN(value))
            {
                observed[next++] = value;
            }
        }

        return observed;
    }

    public void Fill(double value)
    {
        foreach (var row in MissingRows)
        {
            Values[row] = value;
        }
    }

    public bool IsConstant()
    {
        var first = Values[0];
        for (var row = 1; row < Values.Length; row++)
        {
            if (Values[row] != first)
            {
                return false;
            }
        }

        return true;
    }
}
