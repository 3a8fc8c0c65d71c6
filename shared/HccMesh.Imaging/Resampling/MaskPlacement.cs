namespace HccMesh.Imaging.Resampling;

/// <summary>
/// Puts a label mask on an image's grid through world coordinates, as PyRadiomics does when geometries differ
/// (SimpleITK ResampleImageFilter with the image as reference and nearest-neighbour interpolation): each image
/// voxel centre takes the mask voxel nearest to it, or 0 outside the mask.
/// </summary>
public static class MaskPlacement
{
    public static Volume OntoImageGrid(Volume mask, ImageGeometry imageGrid)
    {
        if (mask.Geometry.SameGridAs(imageGrid))
        {
            return mask;
        }

        var placed = ImageResampler.Resample(mask, imageGrid, Interpolator.NearestNeighbor, mask.PixelType);
        if (HasLabel(mask) && !HasLabel(placed))
        {
            throw new GeometryException(
                "The mask does not overlap the image: none of its labelled voxels lies on the image grid "
                + $"(mask origin {Format(mask.Geometry.Origin)}, image origin {Format(imageGrid.Origin)}).");
        }

        return placed;
    }

    /// <summary>
    /// Places the region of <paramref name="label"/> on the image grid and refuses a region that is empty, lies
    /// beside the image, or reaches beyond it: every labelled mask voxel centre must fall inside the image
    /// (ITK's inside test, continuous index in [-0.5, size - 0.5) on each axis), so the region is never silently cut.
    /// </summary>
    /// <param name="what">How to name the mask in messages (e.g. the file name).</param>
    public static Volume PlaceLabel(Volume mask, ImageGeometry imageGrid, int label, string what)
    {
        long total = 0, outside = 0;
        var g = mask.Geometry;
        var v = mask.Voxels;
        for (int z = 0; z < g.SizeZ; z++)
        {
            for (int y = 0; y < g.SizeY; y++)
            {
                int row = g.SizeX * (y + (g.SizeY * z));
                for (int x = 0; x < g.SizeX; x++)
                {
                    if (v[row + x] != label)
                    {
                        continue;
                    }

                    total++;
                    var (px, py, pz) = g.IndexToPhysical(x, y, z);
                    var (i, j, k) = imageGrid.PhysicalToContinuousIndex(px, py, pz);
                    if (!Inside(i, imageGrid.SizeX) || !Inside(j, imageGrid.SizeY) || !Inside(k, imageGrid.SizeZ))
                    {
                        outside++;
                    }
                }
            }
        }

        if (total == 0)
        {
            var present = v.Where(x => x != 0).Distinct().Order().Take(12).ToList();
            throw new MaskRegionException(MaskRegionException.Empty, present.Count == 0
                ? $"{what}: no voxel has label {label} (the mask is all zero)."
                : FormattableString.Invariant($"{what}: no voxel has label {label}; labels present: {string.Join(", ", present)}."));
        }

        if (outside == total)
        {
            throw new MaskRegionException(MaskRegionException.NoOverlap,
                $"{what}: the region of label {label} does not overlap the image in world coordinates "
                + $"(mask origin {Format(g.Origin)}, image origin {Format(imageGrid.Origin)}).");
        }

        if (outside > 0)
        {
            throw new MaskRegionException(MaskRegionException.Outside, FormattableString.Invariant(
                $"{what}: {outside} of the {total} voxels of label {label} ({100.0 * outside / total:0.#} %) lie outside the image; the region would be cut. Is a part of the series missing?"));
        }

        return OntoImageGrid(mask, imageGrid);
    }

    private static bool Inside(double index, int size) => index >= -0.5 && index < size - 0.5;

    private static bool HasLabel(Volume v)
    {
        foreach (double x in v.Voxels)
        {
            if (x != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string Format(double[] p) => FormattableString.Invariant($"({p[0]:0.###}, {p[1]:0.###}, {p[2]:0.###})");
}
