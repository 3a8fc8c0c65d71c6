using HccMesh.Radiomics.Numerics;

namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// Quantities shared by the first-order features (radiomics/firstorder.py): the ROI intensities X (float64), sorted
/// copy, mean, central moments, and the discretised bin fractions p(i). Sums are pairwise, as NumPy's.
/// Each quantity is computed once, on first use.
/// </summary>
internal sealed class FirstOrderStatistics
{
    private readonly FeatureClassInput _input;
    private double[]? _sorted;
    private double[]? _moments;
    private double[]? _binFractions;
    private double? _energy;

    public FirstOrderStatistics(FeatureClassInput input)
    {
        _input = input;
        int count = 0;
        foreach (bool b in input.InRoi)
        {
            if (b) { count++; }
        }

        if (count == 0)
        {
            throw new RadiomicsException("firstorder: the ROI is empty");
        }

        X = new double[count];
        for (int i = 0, k = 0; i < input.InRoi.Length; i++)
        {
            if (input.InRoi[i]) { X[k++] = input.Intensities[i]; }
        }

        Mean = NumPyCompat.PairwiseSum(X) / count;
    }

    public double[] X { get; }

    public int N => X.Length;

    public double Mean { get; }

    /// <summary>voxelArrayShift c.</summary>
    public double Shift => _input.Settings.VoxelArrayShift;

    /// <summary>Voxel volume sx·sy·sz (mm³).</summary>
    public double VoxelVolume => _input.Spacing[0] * _input.Spacing[1] * _input.Spacing[2];

    public double[] Sorted
    {
        get
        {
            if (_sorted is null)
            {
                _sorted = (double[])X.Clone();
                Array.Sort(_sorted);
            }

            return _sorted;
        }
    }

    /// <summary>Σ (x + c)².</summary>
    public double Energy => _energy ??= ShiftedSquareSum();

    private double ShiftedSquareSum()
    {
        var squares = new double[N];
        double c = Shift;
        for (int i = 0; i < squares.Length; i++)
        {
            double v = X[i] + c;
            squares[i] = v * v;
        }

        return NumPyCompat.PairwiseSum(squares);
    }

    /// <summary>NumPy percentile (linear) of X.</summary>
    public double Percentile(double q) => NumPyCompat.PercentileOfSorted(Sorted, q);

    /// <summary>Central moment m_k = (1/N)Σ(x − μ)^k for k = 2, 3, 4.</summary>
    public double Moment(int k)
    {
        if (_moments is null)
        {
            int n = N;
            var w2 = new double[n];
            var w3 = new double[n];
            var w4 = new double[n];
            for (int i = 0; i < n; i++)
            {
                double d = X[i] - Mean;
                double d2 = d * d;
                w2[i] = d2;
                w3[i] = d2 * d;
                w4[i] = d2 * d2;
            }

            _moments = [0, 0, NumPyCompat.PairwiseSum(w2) / n, NumPyCompat.PairwiseSum(w3) / n, NumPyCompat.PairwiseSum(w4) / n];
        }

        return _moments[k];
    }

    /// <summary>Mean absolute deviation of <paramref name="values"/> from their own mean.</summary>
    public static double MeanAbsoluteDeviation(double[] values)
    {
        double m = NumPyCompat.PairwiseSum(values) / values.Length;
        var dev = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            dev[i] = Math.Abs(values[i] - m);
        }

        return NumPyCompat.PairwiseSum(dev) / values.Length;
    }

    /// <summary>p(i): fraction of ROI voxels in each present discretised bin, ascending bin order.</summary>
    public double[] BinFractions
    {
        get
        {
            if (_binFractions is null)
            {
                int max = 0;
                for (int i = 0; i < _input.GrayLevels.Length; i++)
                {
                    if (_input.InRoi[i]) { max = Math.Max(max, _input.GrayLevels[i]); }
                }

                var counts = new int[max + 1];
                for (int i = 0; i < _input.GrayLevels.Length; i++)
                {
                    if (_input.InRoi[i]) { counts[_input.GrayLevels[i]]++; }
                }

                _binFractions = [.. counts.Where(k => k > 0).Select(k => (double)k / N)];
            }

            return _binFractions;
        }
    }
}
