using System.Numerics;

namespace HccMesh.Imaging.Filters;

/// <summary>
/// Addresses the 1-D lines of an x-fastest volume along one axis, in blocks of adjacent lines
/// ("lanes"), and moves a block to and from a sample-major buffer (buffer[sample * lanesPerBlock + lane]).
/// Along y and z adjacent lines are adjacent in memory, so a block is read row by row; along x
/// a block is a transpose of a few contiguous lines.
/// </summary>
internal readonly struct LineLayout
{
    private readonly int sizeX;
    private readonly int sizeY;
    private readonly int sizeZ;
    private readonly int axis;

    public LineLayout(int sizeX, int sizeY, int sizeZ, int axis)
    {
        this.sizeX = sizeX;
        this.sizeY = sizeY;
        this.sizeZ = sizeZ;
        this.axis = axis;
    }

    public int Length => axis switch { 0 => sizeX, 1 => sizeY, _ => sizeZ };

    private int Stride => axis switch { 0 => 1, 1 => sizeX, _ => sizeX * sizeY };

    public int BlockCount(int lanesPerBlock) => axis switch
    {
        0 => Ceiling(sizeY * sizeZ, lanesPerBlock),
        1 => Ceiling(sizeX, lanesPerBlock) * sizeZ,
        _ => Ceiling(sizeX * sizeY, lanesPerBlock),
    };

    /// <summary>Copies block <paramref name="block"/> into <paramref name="buffer"/> as doubles; unused lanes are zero. Returns the lane count.</summary>
    public int Gather<TSource>(TSource[] source, int block, int lanesPerBlock, Span<double> buffer)
        where TSource : unmanaged, INumberBase<TSource>
    {
        var (first, lanes) = Locate(block, lanesPerBlock);
        int n = Length;
        if (lanes < lanesPerBlock)
        {
            buffer.Clear();
        }

        if (axis == 0)
        {
            for (int lane = 0; lane < lanes; lane++)
            {
                int line = first + (lane * sizeX);
                for (int i = 0; i < n; i++)
                {
                    buffer[(i * lanesPerBlock) + lane] = double.CreateTruncating(source[line + i]);
                }
            }
        }
        else
        {
            int stride = Stride;
            for (int i = 0; i < n; i++)
            {
                var row = source.AsSpan(first + (i * stride), lanes);
                var dst = buffer.Slice(i * lanesPerBlock, lanes);
                for (int lane = 0; lane < row.Length; lane++)
                {
                    dst[lane] = double.CreateTruncating(row[lane]);
                }
            }
        }

        return lanes;
    }

    /// <summary>Writes float32(a + b) of the used lanes of a block back to <paramref name="target"/>.</summary>
    public void Scatter(ReadOnlySpan<double> a, ReadOnlySpan<double> b, int block, int lanesPerBlock, int lanes, float[] target)
    {
        var (first, _) = Locate(block, lanesPerBlock);
        int n = Length;
        if (axis == 0)
        {
            for (int lane = 0; lane < lanes; lane++)
            {
                int line = first + (lane * sizeX);
                for (int i = 0; i < n; i++)
                {
                    int k = (i * lanesPerBlock) + lane;
                    target[line + i] = (float)(a[k] + b[k]);
                }
            }
        }
        else
        {
            int stride = Stride;
            for (int i = 0; i < n; i++)
            {
                var dst = target.AsSpan(first + (i * stride), lanes);
                int k0 = i * lanesPerBlock;
                for (int lane = 0; lane < dst.Length; lane++)
                {
                    dst[lane] = (float)(a[k0 + lane] + b[k0 + lane]);
                }
            }
        }
    }

    /// <summary>Index of the first sample of the block's first line, and the number of lines in it.</summary>
    private (int First, int Lanes) Locate(int block, int lanesPerBlock)
    {
        switch (axis)
        {
            case 0:
                {
                    int firstLine = block * lanesPerBlock;
                    return (firstLine * sizeX, Math.Min(lanesPerBlock, (sizeY * sizeZ) - firstLine));
                }

            case 1:
                {
                    int perSlice = Ceiling(sizeX, lanesPerBlock);
                    int z = block / perSlice;
                    int x0 = (block % perSlice) * lanesPerBlock;
                    return (x0 + (sizeX * sizeY * z), Math.Min(lanesPerBlock, sizeX - x0));
                }

            default:
                {
                    int p0 = block * lanesPerBlock;
                    return (p0, Math.Min(lanesPerBlock, (sizeX * sizeY) - p0));
                }
        }
    }

    private static int Ceiling(int value, int divisor) => (value + divisor - 1) / divisor;
}
