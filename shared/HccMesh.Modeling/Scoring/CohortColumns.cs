using System.Globalization;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;

namespace HccMesh.Modeling.Scoring;

/// <summary>Reads radscore-feature and numeric cells of a cohort table, refusing with the column, line and id.</summary>
public static class CohortColumns
{
    /// <summary>
    /// Feature key ("phase/name") → column <see cref="FeatureColumnName.Format"/>(phase, name) for each radscore feature;
    /// all missing columns are listed in one refusal.
    /// </summary>
    public static Dictionary<string, string> RequireFeatureColumns(IReadOnlyList<RadscoreFeature> features, CohortTable cohort)
    {
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var feature in features)
        {
            var column = FeatureColumnName.Format(feature.Phase, feature.Name);
            if (cohort.HasColumn(column))
            {
                columns[FeatureKey.Of(feature)] = column;
            }
            else
            {
                missing.Add(column);
            }
        }

        if (missing.Count > 0)
        {
            throw new CohortException(cohort.Source, missing[0], null,
                $"cohort '{cohort.Source}' lacks {missing.Count} of the model's {features.Count} radscore feature column(s): {string.Join(", ", missing)} " +
                "(columns are named phase_featureName, as `hccmesh features export` writes them)");
        }

        return columns;
    }

    /// <summary>Feature rows for <see cref="StandardizationCalculator"/>; every cell must be a finite number.</summary>
    public static IReadOnlyList<FeatureRow> FeatureRows(IReadOnlyList<RadscoreFeature> features, CohortTable cohort)
    {
        var columns = RequireFeatureColumns(features, cohort);
        var rows = new List<FeatureRow>(cohort.RowCount);
        for (var row = 0; row < cohort.RowCount; row++)
        {
            var values = new Dictionary<string, double>(columns.Count, StringComparer.Ordinal);
            foreach (var (key, column) in columns)
            {
                values[key] = Number(cohort, row, column, "radscore feature");
            }

            rows.Add(new FeatureRow(cohort.Id(row), values));
        }

        return rows;
    }

    /// <summary>A finite number; empty, non-numeric and non-finite cells are refused.</summary>
    public static double Number(CohortTable cohort, int row, string column, string what) =>
        OptionalNumber(cohort, row, column, what)
        ?? throw new CohortException(cohort.Source, column, cohort.LineNumber(row), $"cohort '{cohort.Source}', {cohort.RowReference(row)}: {what} {column} is missing (empty cell)");

    /// <summary>Python's spellings, as PyRadiomics and <c>hccmesh features export</c> write non-finite values.</summary>
    private static readonly Dictionary<string, double> NonFinite = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nan"] = double.NaN,
        ["inf"] = double.PositiveInfinity,
        ["+inf"] = double.PositiveInfinity,
        ["-inf"] = double.NegativeInfinity,
    };

    /// <summary>Null for an empty cell; a finite number otherwise; anything else is refused.</summary>
    public static double? OptionalNumber(CohortTable cohort, int row, string column, string what)
    {
        var text = cohort.Cell(row, column)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !NonFinite.TryGetValue(text, out value))
        {
            throw new CohortException(cohort.Source, column, cohort.LineNumber(row), $"cohort '{cohort.Source}', {cohort.RowReference(row)}: {what} {column} = '{text}' is not a number");
        }

        if (!double.IsFinite(value))
        {
            throw new CohortException(cohort.Source, column, cohort.LineNumber(row), $"cohort '{cohort.Source}', {cohort.RowReference(row)}: {what} {column} = '{text}' is not a finite number");
        }

        return value;
    }
}
