using HccMesh.Radiomics.Numerics;

namespace HccMesh.Radiomics.Shape;

/// <summary>
/// What the 3D shape features are computed from (radiomics/shape.py, _initSegmentBasedCalculation): the ROI mask
/// cropped to its bounding box and zero-padded by one voxel, the mesh (<see cref="MarchingCubesMesh"/>), the four
/// diameters (<see cref="MaximumDiameters"/>) and the PCA eigenvalues. Mesh and diameters are built on first use.
/// </summary>
internal sealed class ShapeMeasurements
{
    private readonly bool[] _padded;
    private readonly int _pz, _py, _px;
    private MarchingCubesMesh? _mesh;
    private (double Slice, double Column, double Row, double ThreeD)? _diameters;
    private double[]? _eigenvalues;

    public ShapeMeasurements(FeatureClassInput input)
    {
        int sx = input.SizeX, sy = input.SizeY, sz = input.SizeZ;
        _px = sx + 2;
        _py = sy + 2;
        _pz = sz + 2;
        _padded = new bool[_px * _py * _pz];
        for (int z = 0; z < sz; z++)
        {
            for (int y = 0; y < sy; y++)
            {
                for (int x = 0; x < sx; x++)
                {
                    if (input.InRoi[x + (sx * (y + (sy * z)))])
                    {
                        _padded[(x + 1) + (_px * ((y + 1) + (_py * (z + 1))))] = true;
                        VoxelCount++;
                    }
                }
            }
        }

        if (VoxelCount == 0)
        {
            throw new RadiomicsException("shape: the ROI is empty");
        }

        SpacingZyx = [input.Spacing[2], input.Spacing[1], input.Spacing[0]];
    }

    /// <summary>N, the number of ROI voxels.</summary>
    public int VoxelCount { get; }

    /// <summary>(sz, sy, sx).</summary>
    public double[] SpacingZyx { get; }

    public MarchingCubesMesh Mesh => _mesh ??= MarchingCubesMesh.Compute(_padded, _pz, _py, _px, SpacingZyx);

    public (double Slice, double Column, double Row, double ThreeD) Diameters =>
        _diameters ??= MaximumDiameters.Compute(Mesh.Points, SpacingZyx);

    /// <summary>λ0 ≤ λ1 ≤ λ2 of the population covariance of the voxel centres (padded index · spacing); (−1e-10, 0) → 0.</summary>
    public double[] Eigenvalues => _eigenvalues ??= PrincipalMoments();

    private double[] PrincipalMoments()
    {
        int count = VoxelCount;
        var coords = new double[count * 3];
        int k = 0;
        for (int z = 0; z < _pz; z++)
        {
            for (int y = 0; y < _py; y++)
            {
                int row = _px * (y + (_py * z));
                for (int x = 0; x < _px; x++)
                {
                    if (_padded[row + x])
                    {
                        coords[k++] = z * SpacingZyx[0];
                        coords[k++] = y * SpacingZyx[1];
                        coords[k++] = x * SpacingZyx[2];
                    }
                }
            }
        }

        double m0 = 0, m1 = 0, m2 = 0;
        for (int i = 0; i < count; i++)
        {
            m0 += coords[3 * i];
            m1 += coords[(3 * i) + 1];
            m2 += coords[(3 * i) + 2];
        }

        m0 /= count;
        m1 /= count;
        m2 /= count;

        // shape.py: centre, divide by √N, covariance = XᵀX.
        double scale = Math.Sqrt(count);
        var cov = new double[9];
        for (int i = 0; i < count; i++)
        {
            double a0 = (coords[3 * i] - m0) / scale;
            double a1 = (coords[(3 * i) + 1] - m1) / scale;
            double a2 = (coords[(3 * i) + 2] - m2) / scale;
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
