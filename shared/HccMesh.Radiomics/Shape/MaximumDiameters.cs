namespace HccMesh.Radiomics.Shape;

/// <summary>
/// The four PyRadiomics diameters (cshape.c, calculate_meshDiameter): the largest Euclidean distance between
/// boundary mid-points overall (3D), and over pairs with equal z (slice), equal y (column) and equal x (row).
/// PyRadiomics compares all pairs (O(n²)); this gives identical maxima faster:
/// <list type="bullet">
/// <item>A farthest pair of a point set is always a pair of convex-hull vertices, and a point that is not a
/// vertex of the 2D hull of its own plane (equal z, or y, or x) is not a vertex of the 3D hull either.</item>
/// <item>So per plane the 2D hull is built (monotone chain on the integer doubled indices: exact, and valid
/// because per-axis scaling by the spacing preserves convexity), plane maxima are taken over the hull vertices,
/// and the 3D maximum over the points that are hull vertices in all three of their planes.</item>
/// <item>Distances use the same floating-point expressions as cshape.c, so the maxima are bit-identical.</item>
/// </list>
/// </summary>
public static class MaximumDiameters
{
    /// <returns>(Slice, Column, Row, ThreeD) diameters in mm.</returns>
    public static (double Slice, double Column, double Row, double ThreeD) Compute(BoundaryPoints points, double[] spacingZyx)
    {
        int n = points.Count;
        if (n == 0)
        {
            return (0, 0, 0, 0);
        }

        var z = points.Z.ToArray();
        var y = points.Y.ToArray();
        var x = points.X.ToArray();
        var hullInAllPlanes = new int[n];

        // plane z: (u, v) = (y, x); plane y: (z, x); plane x: (z, y)
        double slice = PlaneMaxima(z, y, x, spacingZyx, 1, 2, hullInAllPlanes, n);
        double column = PlaneMaxima(y, z, x, spacingZyx, 0, 2, hullInAllPlanes, n);
        double row = PlaneMaxima(x, z, y, spacingZyx, 0, 1, hullInAllPlanes, n);

        var candidates = new List<int>();
        for (int i = 0; i < n; i++)
        {
            if (hullInAllPlanes[i] == 3)
            {
                candidates.Add(i);
            }
        }

        int m = candidates.Count;
        var cz = new double[m];
        var cy = new double[m];
        var cx = new double[m];
        for (int k = 0; k < m; k++)
        {
            int i = candidates[k];
            cz[k] = Coordinate(z[i], spacingZyx[0]);
            cy[k] = Coordinate(y[i], spacingZyx[1]);
            cx[k] = Coordinate(x[i], spacingZyx[2]);
        }

        double best = 0;
        for (int a = 1; a < m; a++)
        {
            double az = cz[a], ay = cy[a], ax = cx[a];
            for (int b = 0; b < a; b++)
            {
                double dz = az - cz[b], dy = ay - cy[b], dx = ax - cx[b];
                double d = (dz * dz) + (dy * dy) + (dx * dx);
                if (d > best)
                {
                    best = d;
                }
            }
        }

        return (Math.Sqrt(slice), Math.Sqrt(column), Math.Sqrt(row), Math.Sqrt(best));
    }

    /// <summary>The coordinate cshape.c computes: (index + offset)·spacing, with index + offset = doubled / 2 exactly.</summary>
    private static double Coordinate(int doubled, double spacing) => (doubled * 0.5) * spacing;

    /// <summary>
    /// Squared maximum distance over pairs sharing the plane coordinate <paramref name="plane"/>; marks every point
    /// that is a vertex of its plane's 2D hull in <paramref name="hullCount"/>.
    /// </summary>
    private static double PlaneMaxima(int[] plane, int[] u, int[] v, double[] spacingZyx, int uAxis, int vAxis, int[] hullCount, int n)
    {
        // Sort by (plane, u, v) through one packed 64-bit key: each doubled index is < 2^21.
        var keys = new long[n];
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = ((long)plane[i] << 42) | ((long)u[i] << 21) | (long)v[i];
            order[i] = i;
        }

        Array.Sort(keys, order);
        double best = 0;
        var hull = new List<int>();
        int start = 0;
        while (start < n)
        {
            int end = start + 1;
            while (end < n && plane[order[end]] == plane[order[start]])
            {
                end++;
            }

            ConvexHull(order, start, end, u, v, hull);
            foreach (int i in hull)
            {
                hullCount[i]++;
            }

            // Equal plane coordinate: cshape.c's squared distance is then 0 + du² + dv² in (z, y, x) order.
            double su = spacingZyx[uAxis], sv = spacingZyx[vAxis];
            for (int a = 1; a < hull.Count; a++)
            {
                double au = Coordinate(u[hull[a]], su), av = Coordinate(v[hull[a]], sv);
                for (int b = 0; b < a; b++)
                {
                    double du = au - Coordinate(u[hull[b]], su), dv = av - Coordinate(v[hull[b]], sv);
                    double d = (du * du) + (dv * dv);
                    if (d > best)
                    {
                        best = d;
                    }
                }
            }

            start = end;
        }

        return best;
    }

    /// <summary>Andrew's monotone chain on points already sorted by (u, v); collinear points are dropped.</summary>
    private static void ConvexHull(int[] order, int start, int end, int[] u, int[] v, List<int> hull)
    {
        hull.Clear();
        int count = end - start;
        if (count <= 2)
        {
            for (int k = start; k < end; k++)
            {
                hull.Add(order[k]);
            }

            return;
        }

        var stack = new int[2 * count];
        int top = 0;
        for (int k = start; k < end; k++)
        {
            int p = order[k];
            while (top >= 2 && Cross(stack[top - 2], stack[top - 1], p, u, v) <= 0)
            {
                top--;
            }

            stack[top++] = p;
        }

        int lowerTop = top + 1;
        for (int k = end - 2; k >= start; k--)
        {
            int p = order[k];
            while (top >= lowerTop && Cross(stack[top - 2], stack[top - 1], p, u, v) <= 0)
            {
                top--;
            }

            stack[top++] = p;
        }

        // The last point equals the first.
        for (int k = 0; k < top - 1; k++)
        {
            hull.Add(stack[k]);
        }
    }

    private static long Cross(int o, int a, int b, int[] u, int[] v) =>
        ((long)(u[a] - u[o]) * (v[b] - v[o])) - ((long)(v[a] - v[o]) * (u[b] - u[o]));
}
