namespace HccMesh.Radiomics.Shape;

/// <summary>
/// PyRadiomics' mid-point marching cubes (radiomics/src/cshape.c, calculate_coefficients) over a mask that is
/// zero-padded by one voxel: signed mesh volume, surface area, and the boundary edge mid-points used for the
/// diameters. Coordinates are ((i + offset)·spacing) in (z, y, x) order, relative to the padded crop, in the
/// same visiting order as cshape.c so that the sums round identically.
/// </summary>
public sealed class MarchingCubesMesh
{
    private MarchingCubesMesh(double volume, double surfaceArea, BoundaryPoints points)
    {
        Volume = volume;
        SurfaceArea = surfaceArea;
        Points = points;
    }

    /// <summary>Mesh volume Σ sign·(a × b)·c / 6 over all triangles (mm³).</summary>
    public double Volume { get; }

    /// <summary>Σ ½‖(a − c) × (b − c)‖ over all triangles (mm²).</summary>
    public double SurfaceArea { get; }

    /// <summary>Edge mid-points between an inside and an outside voxel, each once.</summary>
    public BoundaryPoints Points { get; }

    /// <param name="padded">Padded mask (z, y, x) x-fastest, with a zero border of one voxel.</param>
    /// <param name="pz">Padded size along z.</param>
    /// <param name="py">Padded size along y.</param>
    /// <param name="px">Padded size along x.</param>
    /// <param name="spacingZyx">Spacing (sz, sy, sx).</param>
    public static MarchingCubesMesh Compute(bool[] padded, int pz, int py, int px, double[] spacingZyx)
    {
        var corners = MarchingCubesTable.Corners;
        var mid = MarchingCubesTable.EdgeMidpoints;
        var tri = MarchingCubesTable.Triangles;
        int strideZ = py * px, strideY = px;
        var cornerOffset = new int[8];
        for (int k = 0; k < 8; k++)
        {
            cornerOffset[k] = (corners[k, 0] * strideZ) + (corners[k, 1] * strideY) + corners[k, 2];
        }

        double s0 = spacingZyx[0], s1 = spacingZyx[1], s2 = spacingZyx[2];
        double volume = 0, area = 0;
        var points = new BoundaryPoints();
        Span<double> a = stackalloc double[3];
        Span<double> b = stackalloc double[3];
        Span<double> c = stackalloc double[3];
        for (int iz = 0; iz < pz - 1; iz++)
        {
            for (int iy = 0; iy < py - 1; iy++)
            {
                int rowBase = (iz * strideZ) + (iy * strideY);
                for (int ix = 0; ix < px - 1; ix++)
                {
                    int baseIndex = rowBase + ix;
                    int cube = 0;
                    for (int k = 0; k < 8; k++)
                    {
                        if (padded[baseIndex + cornerOffset[k]])
                        {
                            cube |= 1 << k;
                        }
                    }

                    int sign = 1;
                    if ((cube & 0x80) != 0)
                    {
                        cube ^= 0xFF;
                        sign = -1;
                    }

                    // cshape.c stores the vertices on the three edges at p7 (e6, e7, e11): present when the
                    // other end (p6, p4, p3) is inside after the flip. Every boundary edge is visited once this way.
                    if ((cube & (1 << 6)) != 0) { points.Add((2 * iz) + 2, (2 * iy) + 2, (2 * ix) + 1); }
                    if ((cube & (1 << 4)) != 0) { points.Add((2 * iz) + 2, (2 * iy) + 1, 2 * ix); }
                    if ((cube & (1 << 3)) != 0) { points.Add((2 * iz) + 1, (2 * iy) + 2, 2 * ix); }

                    if (cube == 0)
                    {
                        continue;
                    }

                    var row = tri[cube];
                    for (int t = 0; t < row.Length; t += 3)
                    {
                        int ea = row[t], eb = row[t + 1], ec = row[t + 2];
                        a[0] = (iz + mid[ea, 0]) * s0; a[1] = (iy + mid[ea, 1]) * s1; a[2] = (ix + mid[ea, 2]) * s2;
                        b[0] = (iz + mid[eb, 0]) * s0; b[1] = (iy + mid[eb, 1]) * s1; b[2] = (ix + mid[eb, 2]) * s2;
                        c[0] = (iz + mid[ec, 0]) * s0; c[1] = (iy + mid[ec, 1]) * s1; c[2] = (ix + mid[ec, 2]) * s2;

                        double ab0 = (a[1] * b[2]) - (b[1] * a[2]);
                        double ab1 = (a[2] * b[0]) - (b[2] * a[0]);
                        double ab2 = (a[0] * b[1]) - (b[0] * a[1]);
                        volume += sign * ((ab0 * c[0]) + (ab1 * c[1]) + (ab2 * c[2]));

                        double u0 = a[0] - c[0], u1 = a[1] - c[1], u2 = a[2] - c[2];
                        double v0 = b[0] - c[0], v1 = b[1] - c[1], v2 = b[2] - c[2];
                        double n0 = (u1 * v2) - (v1 * u2);
                        double n1 = (u2 * v0) - (v2 * u0);
                        double n2 = (u0 * v1) - (v0 * u1);
                        area += 0.5 * Math.Sqrt((n0 * n0) + (n1 * n1) + (n2 * n2));
                    }
                }
            }
        }

        return new MarchingCubesMesh(volume / 6, area, points);
    }
}
