namespace HccMesh.Radiomics.Texture;

/// <summary>
/// Neighbour offsets as PyRadiomics generates them (radiomics/src/cmatrices.c, build_angles), in NumPy
/// (z, y, x) order: offsets counted from +d down to −d on every axis, z slowest and x fastest; an offset is
/// kept when it is non-zero, its Chebyshev norm is one of <c>distances</c>, |offset| &lt; the cropped size
/// on every axis, and (force2D) its component on the excluded axis is 0. Mono-directional sets are the
/// first half of the bidirectional list (e.g. the 13 GLCM angles for d = 1).
/// </summary>
public static class TextureAngles
{
    /// <param name="sizeZyx">Cropped array size in (z, y, x) order.</param>
    /// <param name="distances">Chebyshev distances (all ≥ 1).</param>
    /// <param name="bidirectional">True for all offsets (26 at d = 1), false for the first half (13).</param>
    /// <param name="force2DDimension">NumPy axis (0 = z) to exclude, or −1 for 3D.</param>
    /// <returns>Offsets as (dz, dy, dx) triples.</returns>
    public static (int Dz, int Dy, int Dx)[] Generate(int[] sizeZyx, IReadOnlyList<int> distances, bool bidirectional, int force2DDimension)
    {
        int maxDistance = 0;
        foreach (int d in distances)
        {
            if (d < 1)
            {
                throw new RadiomicsException($"distances: every distance must be ≥ 1, got {d}");
            }

            maxDistance = Math.Max(maxDistance, d);
        }

        int n = (2 * maxDistance) + 1;
        var all = new List<(int, int, int)>();
        var offset = new int[3];
        for (int combo = 0; combo < n * n * n; combo++)
        {
            offset[0] = maxDistance - (combo / (n * n) % n);
            offset[1] = maxDistance - (combo / n % n);
            offset[2] = maxDistance - (combo % n);
            int norm = 0;
            bool valid = true;
            for (int axis = 0; axis < 3; axis++)
            {
                int o = offset[axis];
                if ((axis == force2DDimension && o != 0) || o >= sizeZyx[axis] || o <= -sizeZyx[axis])
                {
                    valid = false;
                    break;
                }

                norm = Math.Max(norm, Math.Abs(o));
            }

            if (valid && norm >= 1 && Contains(distances, norm))
            {
                all.Add((offset[0], offset[1], offset[2]));
            }
        }

        return bidirectional ? [.. all] : [.. all.Take(all.Count / 2)];
    }

    private static bool Contains(IReadOnlyList<int> list, int value)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return true;
            }
        }

        return false;
    }
}
