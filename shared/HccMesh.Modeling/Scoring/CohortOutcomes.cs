using HccMesh.Modeling.Cohorts;

namespace HccMesh.Modeling.Scoring;

/// <summary>A 0/1 outcome column of a cohort table (1 = event); a missing or other value is refused with its line and id.</summary>
public static class CohortOutcomes
{
    public static double[] Read(CohortTable cohort, string column)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        if (!cohort.HasColumn(column))
        {
            throw new CohortException(cohort.Source, column, null,
                $"cohort '{cohort.Source}' has no outcome column '{column}' (columns: {string.Join(", ", cohort.Columns.Take(8))}{(cohort.Columns.Count > 8 ? ", …" : "")})");
        }

        var outcomes = new double[cohort.RowCount];
        for (var row = 0; row < cohort.RowCount; row++)
        {
            var value = CohortColumns.OptionalNumber(cohort, row, column, "outcome")
                ?? throw new CohortException(cohort.Source, column, cohort.LineNumber(row), $"cohort '{cohort.Source}', {cohort.RowReference(row)}: outcome {column} is missing (empty cell)");
            if (value is not (0.0 or 1.0))
            {
                throw new CohortException(cohort.Source, column, cohort.LineNumber(row),
                    $"cohort '{cohort.Source}', {cohort.RowReference(row)}: outcome {column} = '{cohort.Cell(row, column)}' must be 0 (no event) or 1 (event)");
            }

            outcomes[row] = value;
        }

        return outcomes;
    }
}
