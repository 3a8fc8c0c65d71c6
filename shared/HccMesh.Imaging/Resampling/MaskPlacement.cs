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
