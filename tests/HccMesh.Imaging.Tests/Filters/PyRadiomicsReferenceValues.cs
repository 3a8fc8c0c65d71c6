using System.Globalization;
using HccMesh.TestData;

namespace HccMesh.Imaging.Tests.Filters;

/// <summary>Reads feature values from the PyRadiomics reference CSVs under ../shared/testdata/pyradiomics.</summary>
internal static class PyRadiomicsReferenceValues
{
    /// <summary>notebook-outputs/brain1_notebook_reference_v2.1.2.csv: source_notebook,feature,value.</summary>
    public static IReadOnlyDictionary<string, double> Brain1Notebook() =>
        Read(TestDataLocation.PathOf("pyradiomics", "notebook-outputs", "brain1_notebook_reference_v2.1.2.csv"), featureColumn: 1);

    /// <summary>reference-1130/brain1_1130.csv: feature,value.</summary>
    public static IReadOnlyDictionary<string, double> Brain1Full() =>
        Read(TestDataLocation.PathOf("pyradiomics", "reference-1130", "brain1_1130.csv"), featureColumn: 0);

    private static Dictionary<string, double> Read(string path, int featureColumn)
    {
        var values = new Dictionary<string, double>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var cells = line.Split(',');
            if (cells.Length > featureColumn + 1
                && double.TryParse(cells[featureColumn + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                values[cells[featureColumn]] = value;
            }
        }

        return values;
    }
}
