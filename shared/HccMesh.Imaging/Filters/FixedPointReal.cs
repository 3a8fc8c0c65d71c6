using System.Numerics;

namespace HccMesh.Imaging.Filters;

/// <summary>
/// A real number held as an integer multiple of 2^-<see cref="FractionBits"/>, enough to evaluate
/// closed-form wavelet coefficients far beyond double precision and round them once, correctly,
/// to double (which is what a C compiler does with a 60-digit literal).
/// </summary>
internal readonly struct FixedPointReal
{
    private const int FractionBits = 320;

    private readonly BigInteger raw;

    private FixedPointReal(BigInteger raw)
    {
        this.raw = raw;
    }

    public static FixedPointReal FromInteger(int value) => new(new BigInteger(value) << FractionBits);

    /// <summary>√value, truncated at 2^-320.</summary>
    public static FixedPointReal Sqrt(FixedPointReal value)
    {
        if (value.raw.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "Square root of a negative number.");
        }

        return new FixedPointReal(IntegerSqrt(value.raw << FractionBits));
    }

    public static FixedPointReal Sqrt(int value) => Sqrt(FromInteger(value));

    public static FixedPointReal operator +(FixedPointReal a, FixedPointReal b) => new(a.raw + b.raw);

    public static FixedPointReal operator -(FixedPointReal a, FixedPointReal b) => new(a.raw - b.raw);

    public static FixedPointReal operator -(FixedPointReal a) => new(-a.raw);

    public static FixedPointReal operator *(FixedPointReal a, FixedPointReal b) => new((a.raw * b.raw) >> FractionBits);

    public static FixedPointReal operator *(int a, FixedPointReal b) => new(a * b.raw);

    public static FixedPointReal operator /(FixedPointReal a, FixedPointReal b) => new((a.raw << FractionBits) / b.raw);

    public static FixedPointReal operator /(FixedPointReal a, int b) => new(a.raw / b);

    public static implicit operator FixedPointReal(int value) => FromInteger(value);

    /// <summary>Nearest double (ties to even).</summary>
    public double ToDouble() => (double)Round(53);

    /// <summary>The value rounded to <paramref name="bits"/> significant bits, returned exactly as a double.</summary>
    private double Round(int bits)
    {
        if (raw.IsZero)
        {
            return 0.0;
        }

        var magnitude = BigInteger.Abs(raw);
        int length = (int)magnitude.GetBitLength();
        int shift = length - bits;
        BigInteger mantissa;
        if (shift > 0)
        {
            mantissa = magnitude >> shift;
            var remainder = magnitude - (mantissa << shift);
            var half = BigInteger.One << (shift - 1);
            if (remainder > half || (remainder == half && !mantissa.IsEven))
            {
                mantissa += 1;
            }
        }
        else
        {
            mantissa = magnitude << -shift;
        }

        double value = Math.ScaleB((double)mantissa, shift - FractionBits);
        return raw.Sign < 0 ? -value : value;
    }

    private static BigInteger IntegerSqrt(BigInteger n)
    {
        if (n.IsZero)
        {
            return n;
        }

        var x = BigInteger.One << (int)((n.GetBitLength() / 2) + 1);
        while (true)
        {
            var next = (x + (n / x)) >> 1;
            if (next >= x)
            {
                return x;
            }

            x = next;
        }
    }
}
