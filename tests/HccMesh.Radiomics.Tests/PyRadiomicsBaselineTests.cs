using HccMesh.Imaging;
using HccMesh.Radiomics.Parameters;
using HccMesh.Radiomics.Pipeline;
using HccMesh.TestData;
using Xunit.Abstractions;

namespace HccMesh.Radiomics.Tests;

/// <summary>
/// Original-image features against PyRadiomics' own regression baselines
/// (shared/testdata/pyradiomics/baseline/baseline_&lt;class&gt;.csv, settings from each column's
/// diagnostics_Configuration_Settings row). The CSVs store 12 significant digits for some rows, so agreement is
/// checked at 1e-11 relative.
/// </summary>
public sealed class PyRadiomicsBaselineTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-11;

    /// <summary>
    /// Current PyRadiomics values for the four stale brain1 shape rows (testdata README "Stale values"): MeshVolume and
    /// SurfaceArea as printed there, Sphericity and SurfaceVolumeRatio from reference-1130/brain1_1130.csv (PyRadiomics 3.1).
    /// </summary>
    private static readonly Dictionary<string, double> CurrentBrain1Shape = new()
    {
        ["original_shape_MeshVolume"] = 16147.51180013021,
        ["original_shape_SurfaceArea"] = 6438.821603779402,
    };

    public static TheoryData<string, string> Columns()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in new[] { "brain1", "brain2", "breast1" })
        {
            foreach (var variant in new[] { "", "_normalization", "_resegmentation", "_resampling" })
            {
                data.Add("firstorder", c + variant);
            }

            foreach (var variant in new[] { "", "_2d", "_FBN", "_combined", "_flatRegion", "_normalization", "_resegmentation", "_resampling" })
            {
                data.Add("glcm", c + variant);
            }

            data.Add("shape2D", c + "_shape2D");
        }

        foreach (var c in new[] { "brain1", "brain2", "breast1", "lung1", "lung2" })
        {
            data.Add("shape", c);
            data.Add("shape", c + "_resampling");
        }

        data.Add("shape2D", "lung1_shape2D");
        data.Add("shape2D", "lung2_shape2D");
        return data;
    }

    [TestDataTheory]
    [MemberData(nameof(Columns))]
    public void Original_image_features_match_the_PyRadiomics_baseline(string featureClass, string column)
    {
        var table = BaselineTable.Load(TestDataLocation.PathOf("pyradiomics", "baseline", $"baseline_{featureClass}.csv"));
        string testCase = column.Split('_')[0];
        var parameters = ParameterFile.Parse($"setting: {table.SettingsAsYaml(column)}\nfeatureClass:\n  {featureClass}:\n");

        var label = TestImages.Label(testCase);
        var image = testCase.StartsWith("lung", StringComparison.Ordinal) ? TestImages.ZeroImageLike(label) : TestImages.Image(testCase);
        if (featureClass == "shape2D")
        {
            // The upstream _2D masks are single axial slices of the 3D label (testdata README).
            int slice = testCase switch { "brain1" => 16, "brain2" => 8, "breast1" => 9, "lung1" => 33, _ => 22 };
            label = KeepSlice(label, slice);
        }

        var features = RadiomicsExtractor.Execute(image, label, parameters);
        if (column == "brain1" && featureClass == "shape")
        {
            var reference = Reference1130();
            CurrentBrain1Shape["original_shape_Sphericity"] = reference["original_shape_Sphericity"];
            CurrentBrain1Shape["original_shape_SurfaceVolumeRatio"] = reference["original_shape_SurfaceVolumeRatio"];
        }

        double worst = 0;
        int compared = 0;
        foreach (var (key, baseline) in table.Features(column))
        {
            double expected = column == "brain1" && CurrentBrain1Shape.TryGetValue(key, out double current) ? current : baseline;
            Assert.True(features.TryGetValue(key, out double actual), $"{column}: {key} was not computed");
            double rel = Agreement.RelativeError(actual, expected);
            worst = Math.Max(worst, rel);
            compared++;
            Assert.True(rel <= Tolerance, $"{column}: {key} = {actual:R}, baseline {expected:R} (relative error {rel:E2})");
        }

        Assert.True(compared > 0, $"{column}: no {featureClass} rows in the baseline");
        Assert.Equal(compared, features.Names.Count(n => n.Contains($"_{featureClass}_", StringComparison.Ordinal)));
        output.WriteLine($"{featureClass} {column}: {compared} features, max relative error {worst:E2}");
    }

    private static Dictionary<string, double> Reference1130() =>
        File.ReadAllLines(TestDataLocation.PathOf("pyradiomics", "reference-1130", "brain1_1130.csv"))
            .Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(p => p[0], p => double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));

    private static Volume KeepSlice(Volume label, int z)
    {
        var voxels = new double[label.Voxels.Length];
        int plane = label.SizeX * label.SizeY;
        Array.Copy(label.Voxels, z * plane, voxels, z * plane, plane);
        return new Volume(label.Geometry, label.PixelType, voxels);
    }
}
