namespace HccMesh.Modeling.Cohorts;

/// <summary>
/// A cohort ready for model development: numeric outcome, clinical and feature values without gaps, in the
/// table's row order. Built by <see cref="CohortSelector.Select"/>.
/// </summary>
public sealed class CohortData
{
    private readonly Dictionary<string, int> clinicalIndex;
    private readonly Dictionary<string, int> featureIndex;
    private readonly string[] clinicalNames;
    private readonly string[] featureNames;

    internal CohortData(
        string source,
        string[] ids,
        int[] lineNumbers,
        string outcomeColumn,
        double[] outcome,
        string[] clinicalNames,
        double[][] clinical,
        string[] featureNames,
        double[][] features,
        string? foldColumn,
        int[]? folds,
        IReadOnlyList<Imputation> imputations,
        IReadOnlyList<string> droppedConstantFeatures,
        IReadOnlyDictionary<string, double> observedMedians)
    {
        Source = source;
        Ids = ids;
        LineNumbers = lineNumbers;
        OutcomeColumn = outcomeColumn;
        Outcome = outcome;
        this.clinicalNames = clinicalNames;
        Clinical = clinical;
        this.featureNames = featureNames;
        Features = features;
        FoldColumn = foldColumn;
        Folds = folds;
        Imputations = imputations;
        DroppedConstantFeatures = droppedConstantFeatures;
        ObservedMedians = observedMedians;
        Events = outcome.Count(y => y == 1.0);
        FoldCount = folds is null ? null : folds.Max();
        clinicalIndex = IndexOf(clinicalNames);
        featureIndex = IndexOf(featureNames);
    }

    public string Source { get; }

    public IReadOnlyList<string> Ids { get; }

    /// <summary>The file line of each row, for messages.</summary>
    public IReadOnlyList<int> LineNumbers { get; }

    public int Count => Outcome.Length;

    public string OutcomeColumn { get; }

    /// <summary>0 or 1 per row.</summary>
    public double[] Outcome { get; }

    /// <summary>Rows with outcome 1.</summary>
    public int Events { get; }

    public IReadOnlyList<string> ClinicalNames => clinicalNames;

    /// <summary>[clinicalIndex][row].</summary>
    public double[][] Clinical { get; }

    /// <summary>Selected feature columns without the dropped constant ones, in selection order.</summary>
    public IReadOnlyList<string> FeatureNames => featureNames;

    /// <summary>[row][featureIndex]: row-major, the LASSO's input.</summary>
    public double[][] Features { get; }

    public string? FoldColumn { get; }

    /// <summary>1..K per row, when a fold column was selected.</summary>
    public int[]? Folds { get; }

    /// <summary>K, the number of folds in <see cref="Folds"/>.</summary>
    public int? FoldCount { get; }

    /// <summary>One entry per column in which missing cells were replaced.</summary>
    public IReadOnlyList<Imputation> Imputations { get; }

    public IReadOnlyList<string> DroppedConstantFeatures { get; }

    /// <summary>
    /// Median (R's definition) of the non-missing values of every used non-binary clinical column and every kept
    /// feature column: pass it as <see cref="CohortSelection.ImputationValues"/> when selecting a validation cohort.
    /// </summary>
    public IReadOnlyDictionary<string, double> ObservedMedians { get; }

    /// <summary>The clinical column's values by row (the stored array).</summary>
    public double[] ClinicalColumn(string name) =>
        clinicalIndex.TryGetValue(name, out var index)
            ? Clinical[index]
            : throw new ArgumentException($"'{name}' is not a selected clinical column of '{Source}'", nameof(name));

    /// <summary>The feature column's values by row (a new array).</summary>
    public double[] FeatureColumn(string name)
    {
        if (!featureIndex.TryGetValue(name, out var index))
        {
            throw new ArgumentException($"'{name}' is not a selected feature column of '{Source}'", nameof(name));
        }

        var column = new double[Features.Length];
        for (var row = 0; row < column.Length; row++)
        {
            column[row] = Features[row][index];
        }

        return column;
    }

    /// <summary>"line 7 (id 'P007')", the row reference used in messages.</summary>
    public string RowReference(int row) => $"line {LineNumbers[row]} (id '{Ids[row]}')";

    private static Dictionary<string, int> IndexOf(string[] names)
    {
        var index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            index.Add(names[i], i);
        }

        return index;
    }
}
