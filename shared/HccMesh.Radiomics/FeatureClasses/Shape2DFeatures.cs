using HccMesh.Radiomics.Numerics;
using HccMesh.Radiomics.Shape;

namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// The 9 active 2D shape features (radiomics/shape2D.py, cshape.c calculate_coefficients2D) of a mask one voxel
/// thick along force2Ddimension. Marching squares on the zero-padded slice (rows/columns = the two remaining NumPy
/// axes, spacing in that order): S = ½Σ(a_r·b_c − b_r·a_c), P = Σ segment lengths, N = pixel count,
/// λ0 ≤ λ1 the 2×2 PCA eigenvalues.
/// <list type="bullet">
/// <item>MeshSurface = S, PixelSurface = N·s_c·s_r, Perimeter = P, PerimeterSurfaceRatio = P/S</item>
/// <item>Sphericity = 2√(πS)/P, MaximumDiameter = largest distance between boundary mid-points</item>
/// <item>MajorAxisLength = 4√λ1, MinorAxisLength = 4√λ0, Elongation = √(λ0/λ1)</item>
/// </list>
/// </summary>
public sealed class Shape2DFeatures : IFeatureClass
{
    private static readonly string[] Names =
    [
        "Elongation", "MajorAxisLength", "MaximumDiameter", "MeshSurface", "MinorAxisLength", "Perimeter",
        "PerimeterSurfaceRatio", "PixelSurface", "Sphericity",
    ];

    // cshape.c lineTable2D: segments (pairs of edge indices) per square index; edges v0 (0,½), v1 (½,1), v2 (1,½), v3 (½,0).
    private static readonly int[][] Lines =
    [
        [], [3, 0], [0, 1], [3, 1], [1, 2], [1, 2, 3, 0], [0, 2], [3, 2],
        [2, 3], [2, 0], [0, 1, 2, 3], [2, 1], [1, 3], [1, 0], [0, 3], [],
    ];

    private static readonly double[,] Edge = { { 0, 0.5 }, { 0.5, 1 }, { 1, 0.5 }, { 0.5, 0 } };

    public string Name => "shape2D";

    public IReadOnlyList<string> FeatureNames => Names;

    /// <summary>Deprecated upstream: SphericalDisproportion = 1/Sphericity, computed only when named.</summary>
    public static IReadOnlyList<string> DeprecatedNames { get; } = ["SphericalDisproportion"];

    public IReadOnlyDictionary<string, double> Compute(FeatureClassInput input, IReadOnlyCollection<string> enabledFeatures)
    {
        int dim = input.Settings.Force2DDimension;
        int[] sizeZyx = [input.SizeZ, input.SizeY, input.SizeX];
        double[] spacingZyx = [input.Spacing[2], input.Spacing[1], input.Spacing[0]];
        if (sizeZyx[dim] > 1)
        {
            throw new RadiomicsException($"shape2D: the mask is {sizeZyx[dim]} voxels thick along dimension {dim}; it must be 1");
        }

        int[] axes = [.. new[] { 0, 1, 2 }.Where(a => a != dim)];
        int rows = sizeZyx[axes[0]], cols = sizeZyx[axes[1]];
        double sr = spacingZyx[axes[0]], sc = spacingZyx[axes[1]];
        int pr = rows + 2, pc = cols + 2;
        var padded = new bool[pr * pc];
        int count = 0;
        for (int i = 0; i < input.InRoi.Length; i++)
        {
            if (!input.InRoi[i])
            {
                continue;
            }

            int x = i % input.SizeX, y = i / input.SizeX % input.SizeY, z = i / (input.SizeX * input.SizeY);
            int[] zyx = [z, y, x];
            padded[((zyx[axes[0]] + 1) * pc) + zyx[axes[1]] + 1] = true;
            count++;
        }

        if (count == 0)
        {
            throw new RadiomicsException("shape2D: the ROI is empty");
        }

        var (perimeter, surface, points) = MarchingSquares(padded, pr, pc, sr, sc);
        double diameter = MaximumDiameters.Compute(points, [1.0, sr, sc]).Slice;
        var eig = PrincipalMoments(padded, pr, pc, sr, sc, count);

        var result = new Dictionary<string, double>();
        foreach (var name in enabledFeatures)
        {
            double sphericity = 2 * Math.Sqrt(Math.PI * surface) / perimeter;
            result[name] = name switch
            {
                "MeshSurface" => surface,
                "PixelSurface" => count * (sc * sr),
                "Perimeter" => perimeter,
                "PerimeterSurfaceRatio" => perimeter / surface,
                "Sphericity" => sphericity,
                "SphericalDisproportion" => 1.0 / sphericity,
                "MaximumDiameter" => diameter,
                "MajorAxisLength" => eig[1] < 0 ? double.NaN : Math.Sqrt(eig[1]) * 4,
                "MinorAxisLength" => eig[0] < 0 ? double.NaN : Math.Sqrt(eig[0]) * 4,
                "Elongation" => eig[0] < 0 || eig[1] < 0 ? double.NaN : Math.Sqrt(eig[0] / eig[1]),
                _ => throw new RadiomicsException($"shape2D has no feature '{name}'"),
            };
        }

        return result;
    }

    private static (double Perimeter, double Surface, BoundaryPoints Points) MarchingSquares(bool[] m, int pr, int pc, double sr, double sc)
    {
        double perimeter = 0, surface = 0;
        var points = new BoundaryPoints();
        for (int iy = 0; iy < pr - 1; iy++)
        {
            for (int ix = 0; ix < pc - 1; ix++)
            {
                int square = (m[(iy * pc) + ix] ? 1 : 0) | (m[(iy * pc) + ix + 1] ? 2 : 0)
                           | (m[((iy + 1) * pc) + ix + 1] ? 4 : 0) | (m[((iy + 1) * pc) + ix] ? 8 : 0);
                if (square == 0 || square == 0xF)
                {
                    continue;
                }

                var seg = Lines[square];
                for (int t = 0; t < seg.Length; t += 2)
                {
                    double a0 = (iy + Edge[seg[t], 0]) * sr, a1 = (ix + Edge[seg[t], 1]) * sc;
                    double b0 = (iy + Edge[seg[t + 1], 0]) * sr, b1 = (ix + Edge[seg[t + 1], 1]) * sc;
                    surface += (a0 * b1) - (b0 * a1);
                    double d0 = a0 - b0, d1 = a1 - b1;
                    perimeter += Math.Sqrt((d0 * d0) + (d1 * d1));
                }

                // cshape.c: after flipping squares with p3 inside, vertices on v3 (p0 set) and v2 (p2 set).
                if (square > 7)
                {
                    square ^= 0xF;
                }

                if ((square & 1) != 0) { points.Add(0, (2 * iy) + 1, 2 * ix); }
                if ((square & 4) != 0) { points.Add(0, (2 * iy) + 2, (2 * ix) + 1); }
            }
        }

        return (perimeter, surface / 2, points);
    }

    private static double[] PrincipalMoments(bool[] m, int pr, int pc, double sr, double sc, int count)
    {
        double mr = 0, mc = 0;
        for (int r = 0; r < pr; r++)
        {
            for (int c = 0; c < pc; c++)
            {
                if (m[(r * pc) + c]) { mr += r * sr; mc += c * sc; }
            }
        }

        mr /= count;
        mc /= count;
        double scale = Math.Sqrt(count);
        var cov = new double[4];
        for (int r = 0; r < pr; r++)
        {
            for (int c = 0; c < pc; c++)
            {
                if (m[(r * pc) + c])
                {
                    double a = ((r * sr) - mr) / scale, b = ((c * sc) - mc) / scale;
                    cov[0] += a * a;
                    cov[1] += a * b;
                    cov[3] += b * b;
                }
            }
        }

        cov[2] = cov[1];
        var eig = SymmetricEigenvalues.Compute(cov, 2);
        for (int i = 0; i < 2; i++)
        {
            if (eig[i] < 0 && eig[i] > -1e-10) { eig[i] = 0; }
        }

        Array.Sort(eig);
        return eig;
    }
}
