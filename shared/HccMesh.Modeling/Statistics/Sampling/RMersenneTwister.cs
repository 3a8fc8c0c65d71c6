namespace HccMesh.Modeling.Statistics.Sampling;

/// <summary>
/// R's default uniform generator, RNGkind("Mersenne-Twister"), seeded the way <c>set.seed(seed)</c> seeds it,
/// so that this instance produces the same stream as R after <c>set.seed(seed)</c>.
/// <para>
/// Learned from R's src/main/RNG.c (wch/r-source): RNG_Init scrambles the seed with 50 steps of the LCG
/// s ← 69069·s + 1 (mod 2³²), then fills all 1 + 624 words of the Mersenne-Twister seed vector with further
/// LCG steps. Word 0 is the position <c>mti</c>; FixupSeeds(initial) overwrites it with 624, so the first draw
/// regenerates the whole block. R does not use MT_sgenrand here. MT_genrand is the 1999 MT19937 reference
/// recurrence and tempering, scaled by 2⁻³²; unif_rand applies <c>fixup</c>, which maps 0 to 2⁻³³/(1 − 2⁻³²).
/// </para>
/// </summary>
public sealed class RMersenneTwister
{
    private const int StateSize = 624;
    private const int Shift = 397;
    private const uint MatrixA = 0x9908b0dfu;
    private const uint UpperMask = 0x80000000u;
    private const uint LowerMask = 0x7fffffffu;

    /// <summary>R's i2_32m1 = 1/(2³² − 1), used by fixup.</summary>
    private const double InverseTwoPow32Minus1 = 2.328306437080797e-10;

    private const double TwoPowMinus32 = 2.3283064365386963e-10;

    private readonly uint[] state = new uint[StateSize];
    private int position;

    /// <summary>The state R holds after <c>set.seed(seed)</c> (RNGkind Mersenne-Twister, any normal.kind/sample.kind).</summary>
    public RMersenneTwister(int seed)
    {
        unchecked
        {
            var s = (uint)seed; // R: RNG_Init(kind, (Int32) seed) with Int32 = unsigned int
            for (var j = 0; j < 50; j++)
            {
                s = (69069u * s) + 1u;
            }

            // Seed word 0 (mti) is drawn too, for historical consistency, and then replaced by 624.
            s = (69069u * s) + 1u;
            for (var j = 0; j < StateSize; j++)
            {
                s = (69069u * s) + 1u;
                state[j] = s;
            }
        }

        // An all-zero state would make R re-seed from the clock; 624 LCG words cannot all be zero.
        position = StateSize;
    }

    /// <summary>R's <c>unif_rand()</c> (= one <c>runif(1)</c>): a double in (0, 1), a multiple of 2⁻³².</summary>
    public double UnifRand()
    {
        var value = NextWord() * TwoPowMinus32;
        if (value <= 0.0)
        {
            return 0.5 * InverseTwoPow32Minus1;
        }

        return 1.0 - value <= 0.0 ? 1.0 - (0.5 * InverseTwoPow32Minus1) : value;
    }

    /// <summary>
    /// R's <c>R_unif_index(dn)</c> with sample.kind "Rejection" (R ≥ 3.6.0, src/main/RNG.c): a uniform integer in
    /// [0, dn), drawn as <c>rbits(⌈log₂ dn⌉)</c> (16-bit chunks ⌊65536·u⌋, masked) and rejected while ≥ dn.
    /// Returns 0 without drawing when dn ≤ 0; dn = 1 still consumes one uniform.
    /// </summary>
    public double UnifIndex(double dn)
    {
        if (dn <= 0)
        {
            return 0.0;
        }

        // R computes ceil(log2(dn)) in floating point; log2 is exact at powers of two, so this is the bit count.
        var bits = (int)Math.Ceiling(Math.Log2(dn));
        double candidate;
        do
        {
            candidate = RandomBits(bits);
        }
        while (dn <= candidate);

        return candidate;
    }

    private double RandomBits(int bits)
    {
        long value = 0;
        unchecked
        {
            // R's loop runs for n = 0, 16, …, ≤ bits: one chunk more than needed when bits is a multiple of 16.
            for (var n = 0; n <= bits; n += 16)
            {
                var chunk = (int)Math.Floor(UnifRand() * 65536);
                value = (65536 * value) + chunk;
            }
        }

        return value & ((1L << bits) - 1);
    }

    private uint NextWord()
    {
        if (position >= StateSize)
        {
            Regenerate();
        }

        var y = state[position++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    private void Regenerate()
    {
        int k;
        for (k = 0; k < StateSize - Shift; k++)
        {
            state[k] = Twist(state[k + Shift], state[k], state[k + 1]);
        }

        for (; k < StateSize - 1; k++)
        {
            state[k] = Twist(state[k + Shift - StateSize], state[k], state[k + 1]);
        }

        state[StateSize - 1] = Twist(state[Shift - 1], state[StateSize - 1], state[0]);
        position = 0;
    }

    private static uint Twist(uint far, uint current, uint next)
    {
        var y = (current & UpperMask) | (next & LowerMask);
        return far ^ (y >> 1) ^ ((y & 1u) == 0 ? 0u : MatrixA);
    }
}
