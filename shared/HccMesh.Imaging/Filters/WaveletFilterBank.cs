namespace HccMesh.Imaging.Filters;

/// <summary>
/// Decomposition filters of an orthogonal wavelet exactly as PyWavelets holds them
/// (pywt/_extensions/c/wavelets.c): dec_lo[i] = c[F-1-i], dec_hi[i] = (-1)^(F-1-i)·c[i], where c is
/// the stored scaling filter. For the coiflets PyWavelets stores c/√2 and multiplies by √2 in the
/// working precision, so the float32 bank is float(double(c/√2))·float(√2) evaluated in float, which can differ from
/// float(dec_lo) in the last bit.
/// </summary>
/// <remarks>
/// No coefficient table is copied: each filter is evaluated from its closed form with 320-bit
/// fixed-point arithmetic and rounded once, which reproduces PyWavelets' 60-digit literals.
/// Supported: haar, db1, db2, db3, coif1. Symlets are not offered: PyWavelets' sym tables are
/// only accurate to about 1e-12, so no derivation can reproduce them bit for bit.
/// </remarks>
public sealed class WaveletFilterBank
{
    private WaveletFilterBank(string name, double[] lowDouble, double[] highDouble, float[] lowSingle, float[] highSingle)
    {
        Name = name;
        DecompositionLowPass = lowDouble;
        DecompositionHighPass = highDouble;
        DecompositionLowPassSingle = lowSingle;
        DecompositionHighPassSingle = highSingle;
    }

    public static IReadOnlyList<string> SupportedNames { get; } = ["haar", "db1", "db2", "db3", "coif1"];

    public string Name { get; }

    public int Length => DecompositionLowPass.Count;

    /// <summary>dec_lo in float64 (used for every non-float32 image).</summary>
    public IReadOnlyList<double> DecompositionLowPass { get; }

    /// <summary>dec_hi in float64.</summary>
    public IReadOnlyList<double> DecompositionHighPass { get; }

    /// <summary>dec_lo in float32 (used for float32 images).</summary>
    public IReadOnlyList<float> DecompositionLowPassSingle { get; }

    /// <summary>dec_hi in float32.</summary>
    public IReadOnlyList<float> DecompositionHighPassSingle { get; }

    public static WaveletFilterBank FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.ToLowerInvariant() switch
        {
            "haar" or "db1" => FromScalingFilter(name, Daubechies1(), multiplyBySqrt2: false),
            "db2" => FromScalingFilter(name, Daubechies2(), multiplyBySqrt2: false),
            "db3" => FromScalingFilter(name, Daubechies3(), multiplyBySqrt2: false),
            "coif1" => FromScalingFilter(name, Coiflet1OverSqrt2(), multiplyBySqrt2: true),
            _ => throw new ArgumentException(
                $"Wavelet '{name}' is not supported; supported: {string.Join(", ", SupportedNames)}.", nameof(name)),
        };
    }

    private static WaveletFilterBank FromScalingFilter(string name, FixedPointReal[] c, bool multiplyBySqrt2)
    {
        int f = c.Length;
        var lowDouble = new double[f];
        var highDouble = new double[f];
        var lowSingle = new float[f];
        var highSingle = new float[f];

        // PyWavelets' literal for √2 is the double nearest √2; its float is that double rounded to float.
        double sqrt2Double = Math.Sqrt(2.0);
        float sqrt2Single = (float)sqrt2Double;
        for (int i = 0; i < f; i++)
        {
            double reversedDouble = c[f - 1 - i].ToDouble();
            double forwardDouble = c[i].ToDouble();
            // The C table literal is a double constant, so its float copy is the double rounded again.
            float reversedSingle = (float)reversedDouble;
            float forwardSingle = (float)forwardDouble;
            double sign = ((f - 1 - i) % 2) != 0 ? -1.0 : 1.0;
            if (multiplyBySqrt2)
            {
                lowDouble[i] = reversedDouble * sqrt2Double;
                highDouble[i] = sign * forwardDouble * sqrt2Double;
                lowSingle[i] = reversedSingle * sqrt2Single;
                highSingle[i] = (float)sign * forwardSingle * sqrt2Single;
            }
            else
            {
                lowDouble[i] = reversedDouble;
                highDouble[i] = sign * forwardDouble;
                lowSingle[i] = reversedSingle;
                highSingle[i] = (float)sign * forwardSingle;
            }
        }

        return new WaveletFilterBank(name.ToLowerInvariant(), lowDouble, highDouble, lowSingle, highSingle);
    }

    /// <summary>Haar: [1, 1] / √2.</summary>
    private static FixedPointReal[] Daubechies1()
    {
        var h = FixedPointReal.FromInteger(1) / FixedPointReal.Sqrt(2);
        return [h, h];
    }

    /// <summary>db2: [1+√3, 3+√3, 3−√3, 1−√3] / (4√2).</summary>
    private static FixedPointReal[] Daubechies2()
    {
        var s3 = FixedPointReal.Sqrt(3);
        var d = 4 * FixedPointReal.Sqrt(2);
        return [(1 + s3) / d, (3 + s3) / d, (3 - s3) / d, (1 - s3) / d];
    }

    /// <summary>db3, with a = √10 and b = √(5 + 2√10): [1+a+b, 5+a+3b, 10−2a+2b, 10−2a−2b, 5+a−3b, 1+a−b] / (16√2).</summary>
    private static FixedPointReal[] Daubechies3()
    {
        var a = FixedPointReal.Sqrt(10);
        var b = FixedPointReal.Sqrt(5 + (2 * a));
        var d = 16 * FixedPointReal.Sqrt(2);
        return
        [
            (1 + a + b) / d,
            (5 + a + (3 * b)) / d,
            (10 - (2 * a) + (2 * b)) / d,
            (10 - (2 * a) - (2 * b)) / d,
            (5 + a - (3 * b)) / d,
            (1 + a - b) / d,
        ];
    }

    /// <summary>coif1 scaling filter divided by √2, as PyWavelets stores it: [1−√7, 5+√7, 14+2√7, 14−2√7, 1−√7, −3+√7] / 32.</summary>
    private static FixedPointReal[] Coiflet1OverSqrt2()
    {
        var s7 = FixedPointReal.Sqrt(7);
        return
        [
            (1 - s7) / 32,
            (5 + s7) / 32,
            (14 + (2 * s7)) / 32,
            (14 - (2 * s7)) / 32,
            (1 - s7) / 32,
            (-3 + s7) / 32,
        ];
    }
}
