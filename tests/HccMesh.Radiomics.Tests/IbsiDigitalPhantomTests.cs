using System.Globalization;
using HccMesh.Imaging.IO;
using HccMesh.Radiomics.FeatureClasses;
using HccMesh.Radiomics.Parameters;
using HccMesh.Radiomics.Pipeline;
using HccMesh.TestData;
using Xunit.Abstractions;

namespace HccMesh.Radiomics.Tests;

/// <summary>
/// IBSI 1 digital phantom (shared/testdata/ibsi/ibsi1/digital_phantom/nifti) through the whole extractor, against the
/// manual's reference values (ibsi1/reference_values/ibsi1_reference_values.csv), names mapped by
/// ibsi/mappings/pyradiomics_to_ibsi.csv. Settings per the ibsi README: no interpolation or re-segmentation, bin width 1
/// (levels unchanged, Ng = 6), δ = 1, voxelArrayShift 0. IBSI kurtosis is excess kurtosis (PyRadiomics − 3).
/// GLCM: PyRadiomics' default = "3D, averaged" (ITBB); weightingNorm no_weighting = "3D, merged" (IAZD).
/// </summary>
public sealed class IbsiDigitalPhantomTests(ITestOutputHelper output)
{
    public static TheoryData<string, string?, string> Cases() => new()
    {
        { "firstorder", null, "DHQ4" },
        { "shape", null, "DHQ4" },
        { "glcm", null, "ITBB" },
        { "glcm", "no_weighting", "IAZD" },
    };

    [TestDataTheory]
    [MemberData(nameof(Cases))]
    public void Features_match_the_IBSI_reference_values(string className, string? weightingNorm, string aggregation)
    {
        var image = NiftiReader.Read(TestDataLocation.PathOf("ibsi", "ibsi1", "digital_phantom", "nifti", "image", "phantom.nii.gz"));
        var mask = NiftiReader.Read(TestDataLocation.PathOf("ibsi", "ibsi1", "digital_phantom", "nifti", "mask", "mask.nii.gz"));
        var featureClass = FeatureClassRegistry.Create(className);

        // Deprecated shape features (compactness, spherical disproportion) have IBSI references: list them explicitly.
        var names = featureClass.FeatureNames.Concat(className == "shape" ? ShapeFeatures.DeprecatedNames : []).ToList();
        string yaml = $"""
            setting:
              binWidth: 1
              weightingNorm: {weightingNorm ?? "null"}
            featureClass:
              {className}: [{string.Join(", ", names)}]
            """;
        var features = RadiomicsExtractor.Execute(image, mask, ParameterFile.Parse(yaml));

        var tagOf = TestCsv.Read(TestDataLocation.PathOf("ibsi", "mappings", "pyradiomics_to_ibsi.csv"))
            .Where(r => r["pyradiomics_class"] == className && r["ibsi_tag"].Length > 0)
            .ToDictionary(r => r["pyradiomics_feature"], r => r["ibsi_tag"]);
        var references = TestCsv.Read(TestDataLocation.PathOf("ibsi", "ibsi1", "reference_values", "ibsi1_reference_values.csv"))
            .Where(r => r["dataset"] == "digital_phantom" && r["aggregation_code"] == aggregation)
            .GroupBy(r => r["ibsi_tag"])
            .ToDictionary(g => g.Key, g => g.First());

        int compared = 0;
        var failures = new List<string>();
        foreach (var name in names)
        {
            if (!tagOf.TryGetValue(name, out var tag) || !references.TryGetValue(tag, out var row) || row["value"].Length == 0)
            {
                continue;
            }

            double expected = double.Parse(row["value"], CultureInfo.InvariantCulture);
            double tolerance = double.Parse(row["tolerance"], CultureInfo.InvariantCulture);
            double actual = features[$"original_{className}_{name}"];
            if (name == "Kurtosis")
            {
                actual -= 3; // IBSI: excess kurtosis
            }

            if (name is "MajorAxisLength" or "MinorAxisLength" or "LeastAxisLength")
            {
                // Known PyRadiomics deviation (shape.py, spec §6.3): the PCA covariance is the population form (1/N);
                // IBSI's reference uses the sample form (1/(N−1)). PyRadiomics itself misses 2 of the 3 references.
                // Converting proves the cause; the extractor keeps PyRadiomics' value.
                actual *= Math.Sqrt(74.0 / 73.0);
            }

            // Tolerance 0: the manual printed the value ("—"); compare after rounding to its significant digits.
            bool ok = tolerance == 0
                ? RoundToSignificant(actual, SignificantDigits(row["value"])) == expected
                : Math.Abs(actual - expected) <= tolerance;
            output.WriteLine($"{className} {name} ({tag}, {aggregation}): {actual:G6} vs {row["value"]} ± {row["tolerance"]} {(ok ? "ok" : "FAIL")}");
            if (!ok)
            {
                failures.Add($"{name} ({tag}): {actual:R} vs {row["value"]} ± {row["tolerance"]}");
            }

            compared++;
        }

        Assert.True(compared >= (className == "shape" ? 14 : 16), $"only {compared} {className} features have IBSI references");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static int SignificantDigits(string printed)
    {
        string mantissa = printed.Split('e', 'E')[0].TrimStart('-', '+').Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0');
        return Math.Max(1, mantissa.Length);
    }

    private static double RoundToSignificant(double value, int digits)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value;
        }

        int magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value))) + 1;
        decimal scale = (decimal)Math.Pow(10, digits - magnitude);
        return (double)(Math.Round((decimal)value * scale, MidpointRounding.AwayFromZero) / scale);
    }
}
