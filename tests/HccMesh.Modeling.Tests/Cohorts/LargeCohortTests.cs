using System.Diagnostics;
using System.Globalization;
using System.Text;
using HccMesh.Modeling.Cohorts;
using Xunit.Abstractions;

namespace HccMesh.Modeling.Tests.Cohorts;

public sealed class LargeCohortTests : IDisposable
{
    private const int Patients = 277;
    private const int Columns = 3390;
    private const int LeadingColumns = 5; // id, ehm, age, male, sex

    private readonly string directory = Path.Combine(Path.GetTempPath(), "hccmesh-cohort-" + Guid.NewGuid().ToString("N"));
    private readonly ITestOutputHelper output;

    public LargeCohortTests(ITestOutputHelper output)
    {
        this.output = output;
        Directory.CreateDirectory(directory);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Cohort_of_277_patients_and_3390_columns_is_read_and_selected_exactly()
    {
        var featureNames = FeatureNames(Columns - LeadingColumns);
        var random = new Random(20261203);
        var values = new double[Patients][];
        var path = Path.Combine(directory, "large.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(true)))
        {
            writer.Write("id,ehm,age,male,sex");
            foreach (var name in featureNames)
            {
                writer.Write(',');
                writer.Write(name);
            }

            writer.Write("\r\n");
            for (var row = 0; row < Patients; row++)
            {
                values[row] = new double[featureNames.Length];
                writer.Write($"\"HCC-{row:D3}\",{row % 3 % 2},{40 + row % 37},{row % 2},{(row % 2 == 1 ? "M" : "F")}");
                for (var f = 0; f < featureNames.Length; f++)
                {
                    var value = Math.Round((random.NextDouble() - 0.3) * Math.Pow(10, f % 7 - 2), 9);
                    values[row][f] = value;
                    writer.Write(',');
                    writer.Write(value.ToString("R", CultureInfo.InvariantCulture));
                }

                writer.Write("\r\n");
            }
        }

        var watch = Stopwatch.StartNew();
        var table = CohortCsvReader.Read(path);
        var readTime = watch.Elapsed;
        watch.Restart();
        var data = CohortSelector.Select(table, new CohortSelection
        {
            OutcomeColumn = "ehm",
            ClinicalColumns = ["age", "male"],
            BinaryColumns = ["male"],
        });
        var selectTime = watch.Elapsed;
        output.WriteLine(
            $"{Patients} x {Columns} ({new FileInfo(path).Length / 1e6:F1} MB): read {readTime.TotalMilliseconds:F0} ms, " +
            $"select {selectTime.TotalMilliseconds:F0} ms");

        Assert.Equal(Columns, table.Columns.Count);
        Assert.Equal(Patients, table.RowCount);
        Assert.Equal(Patients + 1, table.LineNumber(Patients - 1));
        Assert.Equal("HCC-276", data.Ids[^1]);
        Assert.Equal(featureNames, data.FeatureNames);
        Assert.Equal(Patients, data.Features.Length);
        Assert.Equal(Enumerable.Range(0, Patients).Count(r => r % 3 % 2 == 1), data.Events);
        Assert.Equal(40.0 + 276 % 37, data.ClinicalColumn("age")[276]);
        var mismatches = 0;
        for (var row = 0; row < Patients; row++)
        {
            Assert.Equal(featureNames.Length, data.Features[row].Length);
            for (var f = 0; f < featureNames.Length; f++)
            {
                mismatches += data.Features[row][f] == values[row][f] ? 0 : 1;
            }
        }

        Assert.Equal(0, mismatches);
    }

    /// <summary>Distinct valid PyRadiomics names over two phases, 18 image types, 7 classes.</summary>
    private static string[] FeatureNames(int count)
    {
        string[] phases = ["arterial", "portal"];
        var imageTypes = new List<string> { "original", "square", "squareroot", "logarithm", "exponential", "gradient" };
        imageTypes.AddRange(new[] { "LLL", "LLH", "LHL", "LHH", "HLL", "HLH", "HHL", "HHH" }.Select(w => "wavelet-" + w));
        imageTypes.AddRange(new[] { "1-0", "2-0", "3-0", "4-0" }.Select(s => $"log-sigma-{s}-mm-3D"));
        string[] classes = ["firstorder", "glcm", "glrlm", "glszm", "gldm", "ngtdm", "shape"];
        var names = new List<string>(count);
        for (var k = 0; names.Count < count; k++)
        {
            foreach (var phase in phases)
            {
                foreach (var imageType in imageTypes)
                {
                    foreach (var featureClass in classes)
                    {
                        if (names.Count < count)
                        {
                            names.Add($"{phase}_{imageType}_{featureClass}_Feature{k}");
                        }
                    }
                }
            }
        }

        return [.. names];
    }
}
