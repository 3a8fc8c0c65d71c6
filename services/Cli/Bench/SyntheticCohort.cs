using System.Globalization;
using System.Text;
using HccMesh.Radiomics;

namespace HccMesh.Cli.Bench;

/// <summary>
/// A synthetic HCC cohort in the CSV layout <c>hccmesh train</c> reads, for benchmarks and tests: one row per patient
/// with id, outcome <c>ehm</c>, BMI, MVI, PV, ALB and, per phase, the paper's 1130 PyRadiomics feature names
/// (14 shape + 93 × 12 image types). A latent risk drives the outcome, MVI, PV, ALB and a few features per phase; the
/// other features follow shared latent factors (radiomic features come in correlated families) plus noise.
/// Deterministic for a seed. Not patient data, and not meant to resemble any real cohort's numbers.
/// </summary>
public static class SyntheticCohort
{
    public static readonly string[] DefaultPhases = ["arterial", "portal", "delayed"];

    private const int StructureSeed = 20251203;

    private static readonly string[] ImageTypes =
    [
        "original", "wavelet-LLH", "wavelet-LHL", "wavelet-LHH", "wavelet-HLL", "wavelet-HLH", "wavelet-HHL", "wavelet-HHH", "wavelet-LLL",
        "log-sigma-0-5-mm-3D", "log-sigma-1-0-mm-3D", "log-sigma-1-5-mm-3D",
    ];

    private static readonly string[] TextureAndIntensityClasses = ["firstorder", "glcm", "glrlm", "glszm", "gldm", "ngtdm"];

    /// <summary>The 1130 feature names of one phase, in the paper's layout.</summary>
    public static IReadOnlyList<string> FeatureNamesPerPhase()
    {
        var names = FeatureClassRegistry.Create("shape").FeatureNames.Select(f => "original_shape_" + f).ToList();
        foreach (var imageType in ImageTypes)
        {
            foreach (var featureClass in TextureAndIntensityClasses)
            {
                names.AddRange(FeatureClassRegistry.Create(featureClass).FeatureNames.Select(f => $"{imageType}_{featureClass}_{f}"));
            }
        }

        return names;
    }

    /// <summary>Writes <paramref name="patients"/> rows with about <paramref name="eventRate"/> events.</summary>
    public static void Write(TextWriter writer, int patients, int seed, double eventRate = 35.0 / 277, IReadOnlyList<string>? phases = null, int? featuresPerPhase = null, string idPrefix = "P")
    {
        ArgumentNullException.ThrowIfNull(writer);
        phases ??= DefaultPhases;
        var perPhase = FeatureNamesPerPhase();
        if (featuresPerPhase is { } limit)
        {
            perPhase = perPhase.Take(limit).ToArray();
        }

        // The cohort's structure (which features carry signal, their scales) is fixed, so that a training and a
        // validation cohort drawn with different seeds measure the same features; only the patients depend on the seed.
        var structure = new Random(StructureSeed);
        var random = new Random(seed);
        const int factors = 40;
        var columns = phases.SelectMany(p => perPhase.Select(f => $"{p}_{f}")).ToArray();
        var loadingFactor = new int[columns.Length];
        var loading = new double[columns.Length];
        var riskLoading = new double[columns.Length];
        var offset = new double[columns.Length];
        var spread = new double[columns.Length];
        for (var j = 0; j < columns.Length; j++)
        {
            loadingFactor[j] = structure.Next(factors);
            loading[j] = 0.3 + (0.6 * structure.NextDouble());
            // A handful of features per phase carry the risk signal.
            riskLoading[j] = j % perPhase.Count < 3 || structure.NextDouble() < 0.002 ? 0.4 + (0.4 * structure.NextDouble()) : 0;
            offset[j] = Math.Pow(10, (6 * structure.NextDouble()) - 2);
            spread[j] = offset[j] * (0.05 + (0.3 * structure.NextDouble()));
        }

        var threshold = MathNet.Numerics.Distributions.Normal.InvCDF(0, Math.Sqrt(1 + (0.6 * 0.6)), 1 - eventRate);
        var header = new StringBuilder("id,ehm,BMI,MVI,PV,ALB");
        foreach (var c in columns)
        {
            header.Append(',').Append(c);
        }

        writer.Write(header.Append('\n'));
        var factorValues = new double[factors];
        var line = new StringBuilder();
        for (var i = 0; i < patients; i++)
        {
            var risk = Gauss(random);
            for (var k = 0; k < factors; k++)
            {
                factorValues[k] = Gauss(random);
            }

            var ehm = risk + (0.6 * Gauss(random)) > threshold ? 1 : 0;
            var mvi = random.NextDouble() < Logistic(-0.8 + (0.9 * risk)) ? 1 : 0;
            var pv = random.NextDouble() < Logistic(-2.6 + (0.8 * risk)) ? 1 : 0;
            var alb = Math.Round(40.0 - (1.5 * risk) + (4.0 * Gauss(random)), 1);
            var bmi = Math.Round(23.0 + (3.0 * Gauss(random)), 1);
            line.Clear().Append(idPrefix).Append((i + 1).ToString("D4", CultureInfo.InvariantCulture))
                .Append(',').Append(ehm).Append(',').Append(Format(bmi)).Append(',').Append(mvi).Append(',').Append(pv).Append(',').Append(Format(alb));
            for (var j = 0; j < columns.Length; j++)
            {
                var z = (loading[j] * factorValues[loadingFactor[j]]) + (riskLoading[j] * risk) + (0.7 * Gauss(random));
                line.Append(',').Append(Format(offset[j] + (spread[j] * z)));
            }

            writer.Write(line.Append('\n'));
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static double Logistic(double eta) => 1 / (1 + Math.Exp(-eta));

    private static double Gauss(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
