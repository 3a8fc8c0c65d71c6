using HccMesh.Radiomics.Shape;

namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>
/// The 14 active 3D shape features (radiomics/shape.py), from the ROI mask cropped to its bounding box (only
/// <see cref="FeatureClassInput.InRoi"/> and the spacing are used). V = mesh volume, A = mesh surface area
/// (<see cref="MarchingCubesMesh"/>), N = voxel count, λ0 ≤ λ1 ≤ λ2 = PCA eigenvalues; a feature that needs a
/// negative eigenvalue is NaN.
/// </summary>
public sealed class ShapeFeatures : IFeatureClass
{
    private static readonly (string Name, Func<ShapeMeasurements, double> Value)[] Table =
    [
        ("Elongation", Elongation),
        ("Flatness", Flatness),
        ("LeastAxisLength", LeastAxisLength),
        ("MajorAxisLength", MajorAxisLength),
        ("Maximum2DDiameterColumn", Maximum2DDiameterColumn),
        ("Maximum2DDiameterRow", Maximum2DDiameterRow),
        ("Maximum2DDiameterSlice", Maximum2DDiameterSlice),
        ("Maximum3DDiameter", Maximum3DDiameter),
        ("MeshVolume", MeshVolume),
        ("MinorAxisLength", MinorAxisLength),
        ("Sphericity", Sphericity),
        ("SurfaceArea", SurfaceArea),
        ("SurfaceVolumeRatio", SurfaceVolumeRatio),
        ("VoxelVolume", VoxelVolume),
    ];

    private static readonly (string Name, Func<ShapeMeasurements, double> Value)[] DeprecatedTable =
    [
        ("Compactness1", Compactness1),
        ("Compactness2", Compactness2),
        ("SphericalDisproportion", SphericalDisproportion),
    ];

    public string Name => "shape";

    public IReadOnlyList<string> FeatureNames { get; } = [.. Table.Select(f => f.Name)];

    /// <summary>Deprecated upstream; computed only when named explicitly.</summary>
    public static IReadOnlyList<string> DeprecatedNames { get; } = [.. DeprecatedTable.Select(f => f.Name)];

    public IReadOnlyDictionary<string, double> Compute(FeatureClassInput input, IReadOnlyCollection<string> enabledFeatures)
    {
        var m = new ShapeMeasurements(input);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var name in enabledFeatures)
        {
            var entry = Table.Concat(DeprecatedTable).FirstOrDefault(t => t.Name == name);
            result[name] = entry.Value is not null ? entry.Value(m) : throw new RadiomicsException($"shape has no feature '{name}'");
        }

        return result;
    }

    /// <summary>MeshVolume V = Σ_f sign·(a_f × b_f)·c_f / 6 over the marching-cubes triangles.</summary>
    private static double MeshVolume(ShapeMeasurements m) => m.Mesh.Volume;

    /// <summary>SurfaceArea A = Σ_f ½‖(a_f − c_f) × (b_f − c_f)‖.</summary>
    private static double SurfaceArea(ShapeMeasurements m) => m.Mesh.SurfaceArea;

    /// <summary>VoxelVolume = N · sz·sx·sy (upstream multiplication order).</summary>
    private static double VoxelVolume(ShapeMeasurements m) => m.VoxelCount * (m.SpacingZyx[0] * m.SpacingZyx[2] * m.SpacingZyx[1]);

    /// <summary>SurfaceVolumeRatio = A / V.</summary>
    private static double SurfaceVolumeRatio(ShapeMeasurements m) => m.Mesh.SurfaceArea / m.Mesh.Volume;

    /// <summary>Sphericity = (36πV²)^(1/3) / A.</summary>
    private static double Sphericity(ShapeMeasurements m) =>
        Math.Pow(36 * Math.PI * (m.Mesh.Volume * m.Mesh.Volume), 1.0 / 3.0) / m.Mesh.SurfaceArea;

    /// <summary>Compactness1 (deprecated) = V / (√π · A^(3/2)).</summary>
    private static double Compactness1(ShapeMeasurements m) =>
        m.Mesh.Volume / (Math.Pow(m.Mesh.SurfaceArea, 3.0 / 2.0) * Math.Sqrt(Math.PI));

    /// <summary>Compactness2 (deprecated) = 36π V² / A³.</summary>
    private static double Compactness2(ShapeMeasurements m) =>
        36.0 * Math.PI * (m.Mesh.Volume * m.Mesh.Volume) / Math.Pow(m.Mesh.SurfaceArea, 3.0);

    /// <summary>SphericalDisproportion (deprecated) = A / (36πV²)^(1/3).</summary>
    private static double SphericalDisproportion(ShapeMeasurements m) =>
        m.Mesh.SurfaceArea / Math.Pow(36 * Math.PI * (m.Mesh.Volume * m.Mesh.Volume), 1.0 / 3.0);

    /// <summary>Maximum3DDiameter = the largest distance between two boundary mid-points.</summary>
    private static double Maximum3DDiameter(ShapeMeasurements m) => m.Diameters.ThreeD;

    /// <summary>Maximum2DDiameterSlice = the largest distance between boundary mid-points with equal z (axial).</summary>
    private static double Maximum2DDiameterSlice(ShapeMeasurements m) => m.Diameters.Slice;

    /// <summary>Maximum2DDiameterColumn = the largest distance between boundary mid-points with equal y (coronal).</summary>
    private static double Maximum2DDiameterColumn(ShapeMeasurements m) => m.Diameters.Column;

    /// <summary>Maximum2DDiameterRow = the largest distance between boundary mid-points with equal x (sagittal).</summary>
    private static double Maximum2DDiameterRow(ShapeMeasurements m) => m.Diameters.Row;

    /// <summary>MajorAxisLength = 4√λ2.</summary>
    private static double MajorAxisLength(ShapeMeasurements m) => AxisLength(m.Eigenvalues[2]);

    /// <summary>MinorAxisLength = 4√λ1.</summary>
    private static double MinorAxisLength(ShapeMeasurements m) => AxisLength(m.Eigenvalues[1]);

    /// <summary>LeastAxisLength = 4√λ0 (0 for a planar ROI).</summary>
    private static double LeastAxisLength(ShapeMeasurements m) => AxisLength(m.Eigenvalues[0]);

    /// <summary>Elongation = √(λ1 / λ2).</summary>
    private static double Elongation(ShapeMeasurements m) => RootRatio(m.Eigenvalues[1], m.Eigenvalues[2]);

    /// <summary>Flatness = √(λ0 / λ2).</summary>
    private static double Flatness(ShapeMeasurements m) => RootRatio(m.Eigenvalues[0], m.Eigenvalues[2]);

    private static double AxisLength(double lambda) => lambda < 0 ? double.NaN : Math.Sqrt(lambda) * 4;

    private static double RootRatio(double a, double b) => a < 0 || b < 0 ? double.NaN : Math.Sqrt(a / b);
}
