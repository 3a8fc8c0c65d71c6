using HccMesh.Radiomics.FeatureClasses;

namespace HccMesh.Radiomics.Tests.FeatureClasses;

public sealed class GrayLevelRunLengthMatrixTests
{
    // The 5x5 example image of the radiomics/glrlm.py docstring (rows = y, columns = x).
    private static readonly int[] DocstringImage =
    [
        5, 2, 5, 4, 4,
        3, 3, 3, 1, 3,
        2, 1, 1, 1, 3,
        4, 2, 2, 2, 3,
        3, 5, 3, 3, 2,
    ];

    [Fact]
    public void One_slice_roi_uses_the_four_in_plane_angles_in_PyRadiomics_order()
    {
        var matrix = GrayLevelRunLengthMatrix.Compute(TextureTestInputs.FromGrayLevels(5, 5, 1, DocstringImage));
        Assert.Equal([(0, 1, 1), (0, 1, 0), (0, 1, -1), (0, 0, 1)], matrix.Angles);
    }

    [Fact]
    public void Horizontal_runs_match_the_PyRadiomics_docstring_example()
    {
        var matrix = GrayLevelRunLengthMatrix.Compute(TextureTestInputs.FromGrayLevels(5, 5, 1, DocstringImage));

        // radiomics/glrlm.py docstring, P for theta = 0 (rows gray 1..5, columns run length 1..5).
        double[,] expected =
        {
            { 1, 0, 1, 0, 0 },
            { 3, 0, 1, 0, 0 },
            { 4, 1, 1, 0, 0 },
            { 1, 1, 0, 0, 0 },
            { 3, 0, 0, 0, 0 },
        };
        AssertAngle(expected, matrix, 3);
    }

    [Fact]
    public void Vertical_runs_are_counted_along_y()
    {
        var matrix = GrayLevelRunLengthMatrix.Compute(TextureTestInputs.FromGrayLevels(5, 5, 1, DocstringImage));

        // Counted by hand column by column of the docstring image.
        double[,] expected =
        {
            { 2, 1, 0 },
            { 6, 0, 0 },
            { 6, 0, 1 },
            { 3, 0, 0 },
            { 3, 0, 0 },
        };
        AssertAngle(expected, matrix, 1);
    }

    [Fact]
    public void Force2D_restricts_a_3D_roi_to_the_in_plane_angles()
    {
        var gray = Enumerable.Repeat(1, 3 * 3 * 3).ToArray();
        var input = TextureTestInputs.FromGrayLevels(3, 3, 3, gray, new RadiomicsSettings { Force2D = true, Force2DDimension = 0 });
        Assert.Equal([(0, 1, 1), (0, 1, 0), (0, 1, -1), (0, 0, 1)], GrayLevelRunLengthMatrix.Compute(input).Angles);
        Assert.Equal(13, GrayLevelRunLengthMatrix.Compute(TextureTestInputs.FromGrayLevels(3, 3, 3, gray)).MatrixCount);
    }

    [Fact]
    public void A_non_roi_voxel_closes_a_run()
    {
        // x-row 2 2 0 2 along the only angle (0, 0, 1): two runs, lengths 2 and 1.
        var matrix = GrayLevelRunLengthMatrix.Compute(TextureTestInputs.FromGrayLevels(4, 1, 1, [2, 2, 0, 2]));
        Assert.Equal([(0, 0, 1)], matrix.Angles);
        Assert.Equal(1, matrix[0, 0, 1]);
        Assert.Equal(1, matrix[0, 0, 2]);
    }

    [Fact]
    public void An_angle_without_two_roi_voxels_on_any_line_is_deleted()
    {
        // 2x2 plane with ROI on one diagonal: only the anti-diagonal-free angle (0, 1, 1) sees both voxels.
        var matrix = GrayLevelRunLengthMatrix.Compute(TextureTestInputs.FromGrayLevels(2, 2, 1, [1, 0, 0, 1]));
        Assert.Equal([(0, 1, 1)], matrix.Angles);
        Assert.Equal(1, matrix[0, 0, 2]);
    }

    [Fact]
    public void No_weighting_sums_the_angle_matrices()
    {
        var input = TextureTestInputs.FromGrayLevels(5, 5, 1, DocstringImage);
        var separate = GrayLevelRunLengthMatrix.Compute(input);
        var merged = GrayLevelRunLengthMatrix.Compute(TextureTestInputs.FromGrayLevels(5, 5, 1, DocstringImage, new RadiomicsSettings { WeightingNorm = "no_weighting" }));
        Assert.True(merged.IsWeightedSum);
        Assert.Equal(1, merged.MatrixCount);
        for (int g = 0; g < 5; g++)
        {
            for (int r = 1; r <= merged.MaxRunLength; r++)
            {
                double sum = Enumerable.Range(0, separate.MatrixCount).Sum(a => r <= separate.MaxRunLength ? separate[a, g, r] : 0);
                Assert.Equal(sum, merged[0, g, r]);
            }
        }
    }

    [Fact]
    public void Manhattan_weighting_scales_each_angle_by_its_spacing_norm()
    {
        // 2x2 plane, all level 1, spacing (x, y) = (2, 3): angles (0,1,1) w=5, (0,1,0) w=3, (0,1,-1) w=5, (0,0,1) w=2.
        var input = TextureTestInputs.FromGrayLevels(2, 2, 1, [1, 1, 1, 1], new RadiomicsSettings { WeightingNorm = "manhattan" });
        input = new FeatureClassInput
        {
            SizeX = 2,
            SizeY = 2,
            SizeZ = 1,
            Spacing = [2, 3, 7],
            Intensities = input.Intensities,
            InRoi = input.InRoi,
            GrayLevels = input.GrayLevels,
            Settings = input.Settings,
        };
        var merged = GrayLevelRunLengthMatrix.Compute(input);

        // Diagonals: one run of 2 and two of 1 each; columns and rows: two runs of 2 each.
        Assert.Equal((5 * 2) + (5 * 2), merged[0, 0, 1]);
        Assert.Equal(5 + (3 * 2) + 5 + (2 * 2), merged[0, 0, 2]);
    }

    private static void AssertAngle(double[,] expected, GrayLevelRunLengthMatrix matrix, int angle)
    {
        for (int g = 0; g < expected.GetLength(0); g++)
        {
            for (int r = 1; r <= Math.Max(expected.GetLength(1), matrix.MaxRunLength); r++)
            {
                double want = r <= expected.GetLength(1) ? expected[g, r - 1] : 0;
                double got = r <= matrix.MaxRunLength ? matrix[angle, g, r] : 0;
                Assert.True(want == got, $"gray {matrix.GrayLevels[g]}, run {r}: expected {want}, got {got}");
            }
        }
    }
}
