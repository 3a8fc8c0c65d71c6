using HccMesh.Radiomics.Discretization;
using HccMesh.Radiomics.Numerics;
using HccMesh.Radiomics.Texture;

namespace HccMesh.Radiomics.Tests;

public sealed class NumericsTests
{
    [Fact]
    public void Fixed_bin_width_edges_lie_on_multiples_of_the_width_from_zero()
    {
        // spec §5: bin = floor(x/W) − floor(min/W) + 1; a value on an edge goes up.
        double[] values = [-30, -5, 0, 24.999, 25, 50];
        var bins = GrayLevelDiscretizer.Discretize(values, [.. Enumerable.Repeat(true, 6)], 25, null);
        Assert.Equal([1, 2, 3, 3, 4, 5], bins);
    }

    [Fact]
    public void Fixed_bin_count_puts_the_maximum_in_the_top_bin()
    {
        double[] values = [0, 1, 2, 3, 4, 0.5];
        var bins = GrayLevelDiscretizer.Discretize(values, [.. Enumerable.Repeat(true, 6)], 25, 4);
        Assert.Equal([1, 2, 3, 4, 4, 1], bins);
    }

    [Fact]
    public void Voxels_outside_the_roi_get_gray_level_zero()
    {
        var bins = GrayLevelDiscretizer.Discretize([100, 7, 130], [true, false, true], 25, null);
        Assert.Equal([1, 0, 2], bins);
    }

    [Fact]
    public void Glcm_angles_come_in_PyRadiomics_order()
    {
        var angles = TextureAngles.Generate([5, 5, 5], [1], bidirectional: false, force2DDimension: -1);
        (int, int, int)[] expected =
        [
            (1, 1, 1), (1, 1, 0), (1, 1, -1), (1, 0, 1), (1, 0, 0), (1, 0, -1), (1, -1, 1), (1, -1, 0), (1, -1, -1),
            (0, 1, 1), (0, 1, 0), (0, 1, -1), (0, 0, 1),
        ];
        Assert.Equal(expected, angles);
        Assert.Equal(26, TextureAngles.Generate([5, 5, 5], [1], bidirectional: true, force2DDimension: -1).Length);
    }

    [Fact]
    public void One_slice_roi_gets_the_four_in_plane_angles()
    {
        var angles = TextureAngles.Generate([1, 5, 5], [1], bidirectional: false, force2DDimension: -1);
        Assert.Equal([(0, 1, 1), (0, 1, 0), (0, 1, -1), (0, 0, 1)], angles);
    }

    [Fact]
    public void Symmetric_eigenvalues_match_a_known_spectrum()
    {
        // Q·diag(1, 2, 3, 4)·Qᵀ with Q a Householder reflection: eigenvalues 1, 2, 3, 4.
        double[] v = [0.5, 0.5, 0.5, 0.5];
        var a = new double[16];
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                double sum = 0;
                for (int k = 0; k < 4; k++)
                {
                    double qik = (i == k ? 1 : 0) - (2 * v[i] * v[k]);
                    double qjk = (j == k ? 1 : 0) - (2 * v[j] * v[k]);
                    sum += qik * (k + 1) * qjk;
                }

                a[(i * 4) + j] = sum;
            }
        }

        var eig = SymmetricEigenvalues.Compute(a, 4);
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(i + 1, eig[i], 13);
        }
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.5, "0.5")]
    [InlineData(1.5, "1.5")]
    [InlineData(123.25, "123.25")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e16, "1e+16")]
    [InlineData(2.5e-7, "2.5e-07")]
    [InlineData(0.1, "0.1")]
    public void Floats_are_named_as_Python_prints_them(double value, string expected) =>
        Assert.Equal(expected, Radiomics.PythonFloat.Repr(value));

    [Fact]
    public void Percentiles_interpolate_linearly_like_NumPy()
    {
        double[] sorted = [1, 2, 3, 4];
        Assert.Equal(1.3, NumPyCompat.PercentileOfSorted(sorted, 10), 15);
        Assert.Equal(3.7, NumPyCompat.PercentileOfSorted(sorted, 90), 15);
        Assert.Equal(2.5, NumPyCompat.PercentileOfSorted(sorted, 50), 15);
    }
}
