namespace HccMesh.Imaging.Filters;

/// <summary>
/// For each output o of a periodic level-1 SWT step of length N with an F-tap filter, the filter
/// taps m in the order PyWavelets adds them and the input index (o + F/2 − m) mod N of each.
/// PyWavelets (convolution.template.c, periodization) adds ascending m, except when
/// i = o + F/2 ≥ N: then m = i − N, i − N − 1, …, 0 come first and i − N + 1 … F − 1 follow.
/// </summary>
internal sealed class SummationOrder
{
    private readonly int[] taps;
    private readonly int[] sources;
    private readonly int filterLength;

    private SummationOrder(int length, int filterLength, int[] taps, int[] sources)
    {
        Length = length;
        this.filterLength = filterLength;
        this.taps = taps;
        this.sources = sources;
    }

    public int Length { get; }

    public static SummationOrder Create(int n, int f)
    {
        var taps = new int[n * f];
        var sources = new int[n * f];
        for (int o = 0; o < n; o++)
        {
            int i = o + (f / 2);
            int t = o * f;
            int wrapped = i - n;
            if (wrapped >= 0)
            {
                for (int m = wrapped; m >= 0; m--)
                {
                    taps[t++] = m;
                }
            }

            for (int m = Math.Max(0, wrapped + 1); m < f; m++)
            {
                taps[t++] = m;
            }

            for (t = o * f; t < (o + 1) * f; t++)
            {
                sources[t] = (((i - taps[t]) % n) + n) % n;
            }
        }

        return new SummationOrder(n, f, taps, sources);
    }

    public ReadOnlySpan<int> Taps(int o) => taps.AsSpan(o * filterLength, filterLength);

    public ReadOnlySpan<int> Sources(int o) => sources.AsSpan(o * filterLength, filterLength);
}
