using System.Numerics;

namespace HccMesh.Imaging.Filters;

/// <summary>
/// The 3-D level-1 SWT of PyRadiomics' _swt3 in one working precision T (float for float32
/// images, double otherwise, as PyWavelets keeps the dtype): wrap-pad odd axes by one plane, run
/// x, then y, then z passes, crop back.
/// </summary>
internal sealed class StationaryWavelet3D<T>
    where T : unmanaged, INumber<T>
{
    private readonly Volume image;
    private readonly T[] low;
    private readonly T[] high;
    private readonly int px;
    private readonly int py;
    private readonly int pz;

    public StationaryWavelet3D(Volume image, T[] low, T[] high)
    {
        this.image = image;
        this.low = low;
        this.high = high;
        px = Padded(image.SizeX);
        py = Padded(image.SizeY);
        pz = Padded(image.SizeZ);
    }

    /// <summary>The image in T, each odd axis extended by a copy of its index-0 plane (NumPy 'wrap').</summary>
    public T[] Pad()
    {
        int nx = image.SizeX, ny = image.SizeY, nz = image.SizeZ;
        var src = image.Voxels;
        var padded = new T[(long)px * py * pz];
        for (int z = 0; z < pz; z++)
        {
            int sz = z % nz;
            for (int y = 0; y < py; y++)
            {
                int sy = y % ny;
                int from = nx * (sy + (ny * sz));
                int to = px * (y + (py * z));
                for (int x = 0; x < nx; x++)
                {
                    padded[to + x] = T.CreateTruncating(src[from + x]);
                }

                if (px > nx)
                {
                    padded[to + nx] = padded[to];
                }
            }
        }

        return padded;
    }

    /// <summary>The band named by three letters (x, y, z), each 'L' or 'H'; a new array.</summary>
    public T[] Band(T[] data, string band)
    {
        var afterX = new T[data.Length];
        Pass(data, afterX, 0, band[0] == 'H');
        var afterY = new T[data.Length];
        Pass(afterX, afterY, 1, band[1] == 'H');
        Pass(afterY, afterX, 2, band[2] == 'H');
        return afterX;
    }

    /// <summary>
    /// All eight bands of one level in PyWavelets' key order (LLL, LLH, LHL, …, HHH). Depth-first,
    /// so the x and y passes are shared and only two scratch arrays are needed; each band is a new array.
    /// </summary>
    /// <remarks>Lazy, so a caller can crop each band before the next is computed.</remarks>
    public IEnumerable<(string Band, T[] Data)> AllBands(T[] data)
    {
        var afterX = new T[data.Length];
        var afterY = new T[data.Length];
        foreach (var (xName, xHigh) in Letters)
        {
            Pass(data, afterX, 0, xHigh);
            foreach (var (yName, yHigh) in Letters)
            {
                Pass(afterX, afterY, 1, yHigh);
                foreach (var (zName, zHigh) in Letters)
                {
                    var band = new T[data.Length];
                    Pass(afterY, band, 2, zHigh);
                    yield return (string.Concat(xName, yName, zName), band);
                }
            }
        }
    }

    private void Pass(T[] source, T[] target, int axis, bool highPass) =>
        PeriodicConvolution.Apply(source, target, px, py, pz, axis, highPass ? high : low);

    /// <summary>Drops the padding and builds a volume with the input's geometry.</summary>
    public Volume Crop(T[] data)
    {
        int nx = image.SizeX, ny = image.SizeY, nz = image.SizeZ;
        var pixelType = typeof(T) == typeof(float) ? PixelType.Float32 : PixelType.Float64;
        if (data is double[] direct && px == nx && py == ny && pz == nz)
        {
            return new Volume(image.Geometry, pixelType, direct);
        }

        var voxels = new double[image.Geometry.VoxelCount];
        for (int z = 0; z < nz; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                int from = px * (y + (py * z));
                int to = nx * (y + (ny * z));
                for (int x = 0; x < nx; x++)
                {
                    voxels[to + x] = double.CreateTruncating(data[from + x]);
                }
            }
        }

        return new Volume(image.Geometry, pixelType, voxels);
    }

    private static readonly (string Name, bool High)[] Letters = [("L", false), ("H", true)];

    private static int Padded(int size) => size % 2 == 0 ? size : size + 1;
}
