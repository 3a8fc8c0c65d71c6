using HccMesh.Radiomics.FeatureClasses;
using HccMesh.TestData;
using Xunit.Abstractions;

namespace HccMesh.Radiomics.Tests.FeatureClasses;

/// <summary>
/// glrlm, glszm, gldm and ngtdm against the upstream PyRadiomics baselines
/// (shared/testdata/pyradiomics/baseline, PyRadiomics 1.3 / 2.0.1 output; README there).
/// </summary>
public sealed class PyRadiomicsTextureBaselineTests(ITestOutputHelper output)
{
    // CSV values carry 12 or 17 significant digits (README): 1e-11 relative is the agreed bound.
    private const double RelativeTolerance = 1e-11;

    public static TheoryData<string, string> FeatureColumns()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in new[] { "brain1", "brain2", "breast1" })
        {
            foreach (var suffix in new[] { "", "_2d", "_FBN", "_combined", "_flatRegion", "_resegmentation", "_normalization" })
            {
                foreach (var cls in new[] { "glrlm", "glszm", "gldm", "ngtdm" })
                {
                    if (suffix != "_combined" || cls == "glrlm")
                    {
                        data.Add(cls, c + suffix);
                    }
                }
            }
        }

        return data;
    }

    [TestDataTheory]
    [MemberData(nameof(FeatureColumns))]
    public void Features_match_the_PyRadiomics_baseline_column(string className, string column)
    {
        var table = PyRadiomicsBaselineTable.Read(TestDataLocation.PathOf("pyradiomics", "baseline", $"baseline_{className}.csv"));
        var settings = table.Settings(column);
        string caseName = table.Cell("diagnostics_Configuration_TestCase", column);
        var input = TextureTestInputs.PyRadiomicsCase(caseName, settings);
        IFeatureClass featureClass = className switch
        {
            "glrlm" => new GlrlmFeatures(),
            "glszm" => new GlszmFeatures(),
            "gldm" => new GldmFeatures(),
            _ => new NgtdmFeatures(),
        };

        var values = featureClass.Compute(input, [.. featureClass.FeatureNames]);
        var keys = table.FeatureKeys(className).ToList();
        Assert.Equal(featureClass.FeatureNames.Count, keys.Count);

        double worst = 0;
        string worstName = "";
        var failures = new List<string>();
        foreach (var key in keys)
        {
            string name = key[$"original_{className}_".Length..];
            double expected = table.Value(key, column);
            double actual = values[name];
            double error = RelativeError(actual, expected);
            if (error > worst) { worst = error; worstName = name; }
            if (!(error <= RelativeTolerance)) { failures.Add($"{name}: expected {expected:R}, got {actual:R} (rel {error:E2})"); }
        }

        output.WriteLine($"{className} {column}: max relative error {worst:E2} ({worstName})");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    public static TheoryData<string> Cases() => new() { "brain1", "brain2", "breast1" };

    [TestDataTheory]
    [MemberData(nameof(Cases))]
    public void Run_length_matrix_matches_the_PyRadiomics_matrix_baseline(string caseName)
    {
        // <case>_glrlm.npy: (Ng, Nr, 13), raw counts, absent gray levels and all-zero run-length columns removed.
        var expected = NpyArray.Read(TestDataLocation.PathOf("pyradiomics", "baseline", $"{caseName}_glrlm.npy"));
        var matrix = GrayLevelRunLengthMatrix.Compute(DefaultColumnInput(caseName));
        Assert.Equal(13, matrix.MatrixCount);
        var runLengths = Enumerable.Range(1, matrix.MaxRunLength)
            .Where(r => Enumerable.Range(0, 13).Any(a => Enumerable.Range(0, matrix.GrayLevels.Length).Any(g => matrix[a, g, r] != 0)))
            .ToArray();
        Assert.Equal<int[]>(expected.Shape, [matrix.GrayLevels.Length, runLengths.Length, 13]);
        for (int g = 0; g < matrix.GrayLevels.Length; g++)
        {
            for (int r = 0; r < runLengths.Length; r++)
            {
                for (int a = 0; a < 13; a++)
                {
                    Assert.True(expected[g, r, a] == matrix[a, g, runLengths[r]], $"P[{g},{runLengths[r]},{a}]: expected {expected[g, r, a]}, got {matrix[a, g, runLengths[r]]}");
                }
            }
        }
    }

    [TestDataTheory]
    [MemberData(nameof(Cases))]
    public void Size_zone_matrix_matches_the_PyRadiomics_matrix_baseline(string caseName)
    {
        // <case>_glszm.npy: (Ng, Ns), Fortran order, absent gray levels and zone sizes removed.
        var expected = NpyArray.Read(TestDataLocation.PathOf("pyradiomics", "baseline", $"{caseName}_glszm.npy"));
        var matrix = GrayLevelSizeZoneMatrix.Compute(DefaultColumnInput(caseName));
        Assert.Equal<int[]>(expected.Shape, [matrix.GrayLevels.Length, matrix.ZoneSizes.Length]);
        for (int g = 0; g < matrix.GrayLevels.Length; g++)
        {
            for (int s = 0; s < matrix.ZoneSizes.Length; s++)
            {
                Assert.True(expected[g, s] == matrix[g, s], $"P[{g},{s}]: expected {expected[g, s]}, got {matrix[g, s]}");
            }
        }
    }

    [TestDataTheory]
    [MemberData(nameof(Cases))]
    public void Dependence_matrix_matches_the_PyRadiomics_matrix_baseline(string caseName)
    {
        // <case>_gldm.npy: (Ng, Nd), Fortran order, empty dependence columns removed.
        var expected = NpyArray.Read(TestDataLocation.PathOf("pyradiomics", "baseline", $"{caseName}_gldm.npy"));
        var matrix = GrayLevelDependenceMatrix.Compute(DefaultColumnInput(caseName));
        var dependences = Enumerable.Range(1, matrix.MaxDependence)
            .Where(j => Enumerable.Range(0, matrix.GrayLevels.Length).Any(g => matrix[g, j] != 0))
            .ToArray();
        Assert.Equal<int[]>(expected.Shape, [matrix.GrayLevels.Length, dependences.Length]);
        for (int g = 0; g < matrix.GrayLevels.Length; g++)
        {
            for (int j = 0; j < dependences.Length; j++)
            {
                Assert.True(expected[g, j] == matrix[g, dependences[j]], $"P[{g},{dependences[j]}]: expected {expected[g, j]}, got {matrix[g, dependences[j]]}");
            }
        }
    }

    [TestDataTheory]
    [MemberData(nameof(Cases))]
    public void Gray_tone_difference_matrix_matches_the_PyRadiomics_matrix_baseline(string caseName)
    {
        // <case>_ngtdm.npy: (Ng, 3), columns n_i, s_i, i, present gray levels only.
        var expected = NpyArray.Read(TestDataLocation.PathOf("pyradiomics", "baseline", $"{caseName}_ngtdm.npy"));
        var matrix = NeighbouringGrayToneDifferenceMatrix.Compute(DefaultColumnInput(caseName));
        Assert.Equal<int[]>(expected.Shape, [matrix.GrayLevels.Length, 3]);
        double worst = 0;
        for (int g = 0; g < matrix.GrayLevels.Length; g++)
        {
            Assert.Equal(expected[g, 0], matrix.VoxelCounts[g]);
            Assert.Equal(expected[g, 2], matrix.GrayLevels[g]);
            worst = Math.Max(worst, RelativeError(matrix.DifferenceSums[g], expected[g, 1]));
        }

        output.WriteLine($"ngtdm {caseName}: s_i max relative error {worst:E2}");
        Assert.True(worst <= RelativeTolerance, $"s_i relative error {worst:E2}");
    }

    private static FeatureClassInput DefaultColumnInput(string caseName)
    {
        var table = PyRadiomicsBaselineTable.Read(TestDataLocation.PathOf("pyradiomics", "baseline", "baseline_glrlm.csv"));
        return TextureTestInputs.PyRadiomicsCase(caseName, table.Settings(caseName));
    }

    /// <summary>|a − e| / |e|; for e = 0 the absolute difference.</summary>
    internal static double RelativeError(double actual, double expected) =>
        double.IsNaN(actual) || double.IsNaN(expected)
            ? (double.IsNaN(actual) && double.IsNaN(expected) ? 0 : double.PositiveInfinity)
            : expected == 0 ? Math.Abs(actual) : Math.Abs(actual - expected) / Math.Abs(expected);
}
