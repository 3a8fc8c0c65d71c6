namespace HccMesh.Radiomics.Shape;

/// <summary>Mesh vertices stored as doubled padded indices (2·(i + offset)), so every coordinate is an integer.</summary>
public sealed class BoundaryPoints
{
    private int[] _z = new int[1024];
    private int[] _y = new int[1024];
    private int[] _x = new int[1024];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Z => _z.AsSpan(0, Count);

    public ReadOnlySpan<int> Y => _y.AsSpan(0, Count);

    public ReadOnlySpan<int> X => _x.AsSpan(0, Count);

    public void Add(int z2, int y2, int x2)
    {
        if (Count == _z.Length)
        {
            Array.Resize(ref _z, Count * 2);
            Array.Resize(ref _y, Count * 2);
            Array.Resize(ref _x, Count * 2);
        }

        _z[Count] = z2;
        _y[Count] = y2;
        _x[Count] = x2;
        Count++;
    }
}
