using System.Globalization;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Statistics.Reliability;

namespace HccMesh.Modeling.Development;

/// <summary>
/// Reproducibility filter of the paper: every candidate feature's ICC between the first segmentation (the
/// training cohort) and a repeat segmentation of a subset of its patients (same ids, same feature columns);
/// features with ICC &gt; threshold are kept. A feature without variance over the repeat subjects has no ICC and
/// is dropped.
/// </summary>
public static class IccScreen
{
    /// <summary>Fewer repeat subjects make the two-way ANOVA meaningless.</summary>
    public const int MinimumSubjects = 5;

    public static IccScreenResult Run(CohortData training, CohortTable repeat, IccForm form, double threshold)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(repeat);
        var rowById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < training.Count; i++)
        {
            rowById[training.Ids[i]] = i;
        }

        var pairs = new List<(int TrainingRow, int RepeatRow)>();
        for (var r = 0; r < repeat.RowCount; r++)
        {
            if (!rowById.TryGetValue(repeat.Id(r), out var row))
            {
                throw new CohortException(repeat.Source, repeat.IdColumn, repeat.LineNumber(r),
                    $"repeat segmentation '{repeat.Source}' line {repeat.LineNumber(r)}: id '{repeat.Id(r)}' is not in the training cohort '{training.Source}'");
            }

            pairs.Add((row, r));
        }

        if (pairs.Count < MinimumSubjects)
        {
            throw new CohortException(repeat.Source, null, null,
                $"repeat segmentation '{repeat.Source}' has {pairs.Count} patients; the ICC filter needs at least {MinimumSubjects}");
        }

        var results = new List<FeatureIcc>(training.FeatureNames.Count);
        var kept = new List<string>();
        var table = new double[pairs.Count, 2];
        for (var j = 0; j < training.FeatureNames.Count; j++)
        {
            var name = training.FeatureNames[j];
            if (!repeat.HasColumn(name))
            {
                throw new CohortException(repeat.Source, name, null,
                    $"repeat segmentation '{repeat.Source}' has no column '{name}'; it must carry every candidate feature of the training cohort");
            }

            for (var s = 0; s < pairs.Count; s++)
            {
                table[s, 0] = training.Features[pairs[s].TrainingRow][j];
                table[s, 1] = ParseCell(repeat, pairs[s].RepeatRow, name);
            }

            var estimate = HasVariance(table) ? IntraclassCorrelation.Compute(table)[form] : null;
            results.Add(new FeatureIcc(name, estimate));
            if (estimate is not null && estimate.Value > threshold)
            {
                kept.Add(name);
            }
        }

        if (kept.Count == 0)
        {
            throw new CohortException(repeat.Source, null, null,
                $"no feature has {form} > {threshold.ToString(CultureInfo.InvariantCulture)} between the training cohort and the repeat segmentation '{repeat.Source}'; nothing is left for the LASSO");
        }

        return new IccScreenResult(form, threshold, pairs.Count, repeat.Source, results, kept);
    }

    private static double ParseCell(CohortTable table, int row, string column)
    {
        var text = table.Cell(row, column).Trim();
        if (CellValue.Read(text, out var value) == CellValueKind.Number)
        {
            return value;
        }

        throw new CohortException(table.Source, column, table.LineNumber(row),
            $"repeat segmentation '{table.Source}' line {table.LineNumber(row)} (id '{table.Id(row)}'), column '{column}': '{text}' is not a finite number");
    }

    private static bool HasVariance(double[,] table)
    {
        var first = table[0, 0];
        for (var s = 0; s < table.GetLength(0); s++)
        {
            if (table[s, 0] != first || table[s, 1] != first)
            {
                return true;
            }
        }

        return false;
    }
}
