using HccMesh.Radiomics.Numerics;

namespace HccMesh.Radiomics.Discretization;

/// <summary>
/// PyRadiomics' gray-level discretisation (radiomics/imageoperations.py, getBinEdges + binImage),
/// applied to the ROI voxels only.
/// <list type="bullet">
/// <item>Fixed bin width W: edges = NumPy arange(lowBound, max + 2W, W) with lowBound = min − (min mod W)
/// (Python floor-mod), i.e. edges on multiples of W counted from 0, not from the ROI minimum.</item>
/// <item>Fixed bin count N: edges = NumPy histogram(values, N) edges (linspace(min, max, N+1)), the last edge + 1.</item>
/// </list>
/// Each voxel gets NumPy digitize(x, edges): the number of edges ≤ x, so the ROI minimum is always bin 1.
/// </summary>
public static class GrayLevelDiscretizer
{
    /// <summary>Bin edges for the given ROI values, exactly as PyRadiomics computes them.</summary>
    public static double[] BinEdges(ReadOnlySpan<double> roiValues, double binWidth, int? binCount)
    {
        if (roiValues.Length == 0)
        {
            throw new RadiomicsException("cannot discretise an empty ROI");
        }

        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in roiValues)
        {
            if (v < min) { min = v; }
            if (v > max) { max = v; }
        }

        return binCount is int n ? FixedBinCountEdges(min, max, n) : FixedBinWidthEdges(min, max, binWidth);
    }

    /// <summary>Digitises the ROI voxels of <paramref name="values"/> (others get 0).</summary>
    public static int[] Discretize(double[] values, bool[] inRoi, double binWidth, int? binCount)
    {
        int count = 0;
        for (int i = 0; i < inRoi.Length; i++)
        {
            if (inRoi[i]) { count++; }
        }

        var roi = new double[count];
        for (int i = 0, k = 0; i < inRoi.Length; i++)
        {
            if (inRoi[i]) { roi[k++] = values[i]; }
        }

        var edges = BinEdges(roi, binWidth, binCount);
        var bins = new int[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            if (inRoi[i])
            {
                bins[i] = Digitize(values[i], edges);
            }
        }

        return bins;
    }

    /// <summary>Discretises with the binWidth / binCount of <paramref name="settings"/>.</summary>
    public static int[] Discretize(double[] values, bool[] inRoi, RadiomicsSettings settings) =>
        Discretize(values, inRoi, settings.BinWidth, settings.BinCount);

    /// <summary>NumPy digitize with increasing edges, right=False: the number of edges ≤ x.</summary>
    public static int Digitize(double x, double[] edges)
    {
        int lo = 0, hi = edges.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static double[] FixedBinWidthEdges(double min, double max, double binWidth)
    {
        double lowBound = min - NumPyCompat.PythonMod(min, binWidth);
        double highBound = max + (2 * binWidth);

        // NumPy arange: length ceil((stop − start)/step); element i = start + i·delta with delta = (start + step) − start.
        int length = (int)Math.Ceiling((highBound - lowBound) / binWidth);
        if (length <= 1)
        {
            // Cannot happen with highBound = max + 2W; kept as PyRadiomics' "single edge" branch.
            double e = lowBound;
            return [e - 0.5, e + 0.5];
        }

        double delta = (lowBound + binWidth) - lowBound;
        var edges = new double[length];
        edges[0] = lowBound;
        for (int i = 1; i < length; i++)
        {
            edges[i] = lowBound + (i * delta);
        }

        return edges;
    }

    private static double[] FixedBinCountEdges(double min, double max, int binCount)
    {
        double first = min, last = max;
        if (first == last)
        {
            first -= 0.5;
            last += 0.5;
        }

        // NumPy linspace(first, last, N + 1): i·step + start, the last element set to stop exactly.
        int num = binCount + 1;
        double step = (last - first) / binCount;
        var edges = new double[num];
        for (int i = 0; i < num; i++)
        {
            edges[i] = (i * step) + first;
        }

        edges[num - 1] = last;
        edges[num - 1] += 1;
        return edges;
    }
}
