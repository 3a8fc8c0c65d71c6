using HccMesh.Radiomics.Numerics;
using HccMesh.Radiomics.Shape;

namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// The 14 active 3D shape features (radiomics/shape.py), computed from the ROI mask cropped to its bounding box
/// (only <see cref="FeatureClassInput.InRoi"/> and the spacing are used). V = mesh volume, A = mesh surface area
/// (marching cubes, <see cref="MarchingCubesMesh"/>), λ0 ≤ λ1 ≤ λ2 = eigenvalues of the population covariance of
/// the voxel-centre coordinates (values in (−1e-10, 0) set to 0; a feature needing a negative one is NaN).
/// <list type="bullet">
/// <item>MeshVolume = V; SurfaceArea = A; VoxelVolume = N·sz·sx·sy; SurfaceVolumeRatio = A/V</item>
/// <item>Sphericity = (36πV²)^(1/3) / A</item>
/// <item>Maximum3DDiameter, Maximum2DDiameterSlice/Column/Row: largest mid-point distance overall / at equal z / y / x</item>
/// <item>MajorAxisLength = 4√λ2, MinorAxisLength = 4√λ1, LeastAxisLength = 4√λ0</item>
/// <item>Elongation = √(λ1/λ2), Flatness = √(λ0/λ2)</item>
/// </list>
/// </summary>
public sealed class ShapeFeatures : IFeatureClass
{
    private static readonly string[] Names =
    [
        "Elongation", "Flatness", "LeastAxisLength", "MajorAxisLength", "Maximum2DDiameterColumn",
        "Maximum2DDiameterRow", "Maximum2DDiameterSlice", "Maximum3DDiameter", "MeshVolume", "MinorAxisLength",
        "Sphericity", "SurfaceArea", "SurfaceVolumeRatio", "VoxelVolume",
    ];

    public string Name => "shape";

    public IReadOnlyList<string> FeatureNames => Names;

    /// <summary>Deprecated upstream; computed only when named explicitly (Compactness1 = V/(√π·A^1.5), Compactness2 = 36πV²/A³, SphericalDisproportion = 1/Sphericity).</summary>
    public static IReadOnlyList<string> DeprecatedNames { get; } = ["Compactness1", "Compactness2", "SphericalDisproportion"];

    public IReadOnlyDictionary<string, double> Compute(FeatureClassInput input, IReadOnlyCollection<string> enabledFeatures)
    {
        int sx = input.SizeX, sy = input.SizeY, sz = input.SizeZ;
        int px = sx + 2, py = sy + 2, pz = sz + 2;
        var padded = new bool[px * py * pz];
        int count = 0;
        for (int z = 0; z < sz; z++)
        {
            for (int y = 0; y < sy; y++)
            {
                for (int x = 0; x < sx; x++)
                {
                    if (input.InRoi[x + (sx * (y + (sy * z)))])
                    {
                        padded[(x + 1) + (px * ((y + 1) + (py * (z + 1))))] = true;
                        count++;
                    }
                }
            }
        }

        if (count == 0)
        {
            throw new RadiomicsException("shape: the ROI is empty");
        }

        double[] spacingZyx = [input.Spacing[2], input.Spacing[1], input.Spacing[0]];
        var needsMesh = enabledFeatures.Any(f => f is not ("VoxelVolume" or "Elongation" or "Flatness" or "LeastAxisLength" or "MajorAxisLength" or "MinorAxisLength"));
        var mesh = needsMesh ? MarchingCubesMesh.Compute(padded, pz, py, px, spacingZyx) : null;
        var needsDiameters = enabledFeatures.Any(f => f.StartsWith("Maximum", StringComparison.Ordinal));
        var diameters = needsDiameters && mesh is not null ? MaximumDiameters.Compute(mesh.Points, spacingZyx) : default;
        var eig = PrincipalMoments(padded, pz, py, px, spacingZyx, count);

        double v = mesh?.Volume ?? double.NaN, a = mesh?.SurfaceArea ?? double.NaN;
        var result = new Dictionary<string, double>();
        foreach (var name in enabledFeatures)
        {
            result[name] = name switch
            {
                "MeshVolume" => v,
                "SurfaceArea" => a,
                "VoxelVolume" => count * (spacingZyx[0] * spacingZyx[2] * spacingZyx[1]),
                "SurfaceVolumeRatio" => a / v,
                "Sphericity" => Math.Pow(36 * Math.PI * (v * v), 1.0 / 3.0) / a,
                "Compactness1" => v / (Math.Pow(a, 3.0 / 2.0) * Math.Sqrt(Math.PI)),
                "Compactness2" => 36.0 * Math.PI * (v * v) / Math.Pow(a, 3.0),
                "SphericalDisproportion" => a / Math.Pow(36 * Math.PI * (v * v), 1.0 / 3.0),
                "Maximum3DDiameter" => diameters.ThreeD,
                "Maximum2DDiameterSlice" => diameters.Slice,
                "Maximum2DDiameterColumn" => diameters.Column,
                "Maximum2DDiameterRow" => diameters.Row,
                "MajorAxisLength" => eig[2] < 0 ? double.NaN : Math.Sqrt(eig[2]) * 4,
                "MinorAxisLength" => eig[1] < 0 ? double.NaN : Math.Sqrt(eig[1]) * 4,
                "LeastAxisLength" => eig[0] < 0 ? double.NaN : Math.Sqrt(eig[0]) * 4,
                "Elongation" => eig[1] < 0 || eig[2] < 0 ? double.NaN : Math.Sqrt(eig[1] / eig[2]),
                "Flatness" => eig[0] < 0 || eig[2] < 0 ? double.NaN : Math.Sqrt(eig[0] / eig[2]),
                _ => throw new RadiomicsException($"shape has no feature '{name}'"),
            };
        }

        return result;
    }

    /// <summary>
    /// Sorted eigenvalues of the covariance of the physical voxel coordinates (padded indices · spacing), centred and
    /// scaled by 1/√N as in shape.py; values in (−1e-10, 0) become 0.
    /// </summary>
    private static double[] PrincipalMoments(bool[] padded, int pz, int py, int px, double[] spacingZyx, int count)
    {
        var coords = new double[count * 3];
        int k = 0;
        for (int z = 0; z < pz; z++)
        {
            for (int y = 0; y < py; y++)
            {
                int row = px * (y + (py * z));
                for (int x = 0; x < px; x++)
                {
                    if (padded[row + x])
                    {
                        coords[k++] = z * spacingZyx[0];
                        coords[k++] = y * spacingZyx[1];
                        coords[k++] = x * spacingZyx[2];
                    }
                }
            }
        }

        Span<double> mean = stackalloc double[3];
        for (int i = 0; i < count; i++)
        {
            mean[0] += coords[3 * i];
            mean[1] += coords[(3 * i) + 1];
            mean[2] += coords[(3 * i) + 2];
        }

        for (int d = 0; d < 3; d++)
        {
            mean[d] /= count;
        }

        double scale = Math.Sqrt(count);
        var cov = new double[9];
        for (int i = 0; i < count; i++)
        {
            double a0 = (coords[3 * i] - mean[0]) / scale;
            double a1 = (coords[(3 * i) + 1] - mean[1]) / scale;
            double a2 = (coords[(3 * i) + 2] - mean[2]) / scale;
            cov[0] += a0 * a0; cov[1] += a0 * a1; cov[2] += a0 * a2;
            cov[4] += a1 * a1; cov[5] += a1 * a2; cov[8] += a2 * a2;
        }

        cov[3] = cov[1];
        cov[6] = cov[2];
        cov[7] = cov[5];
        var eig = SymmetricEigenvalues.Compute(cov, 3);
        for (int i = 0; i < 3; i++)
        {
            if (eig[i] < 0 && eig[i] > -1e-10)
            {
                eig[i] = 0;
            }
        }

        Array.Sort(eig);
        return eig;
    }
}
