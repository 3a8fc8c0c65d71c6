namespace HccMesh.Imaging.Resampling;

/// <summary>
/// PyRadiomics resampleImage (radiomics/imageoperations.py, spec §4.2): resamples image and mask to a new
/// spacing on a grid anchored at the mask's voxel corner and limited to the label's bounding box ± padDistance.
/// </summary>
public static class RadiomicsResampler
{
    /// <summary>
    /// Resamples <paramref name="image"/> (with <paramref name="interpolator"/>, into its own pixel type) and
    /// <paramref name="mask"/> (nearest neighbour) to <paramref name="newSpacingXyz"/>. A spacing of 0 keeps the
    /// mask spacing, as does an axis on which the label's bounding box is one voxel thick. When the result
    /// equals the image spacing (NumPy allclose) only the mask is placed on the image grid and both are
    /// cropped to the bounding box ± padDistance.
    /// </summary>
    /// <exception cref="GeometryException">The label is absent, or its box reaches outside the image.</exception>
    public static (Volume Image, Volume Mask) Resample(
        Volume image, Volume mask, int label, double[] newSpacingXyz, int padDistance, Interpolator interpolator = Interpolator.BSpline)
    {
        if (newSpacingXyz.Length != 3)
        {
            throw new ArgumentException("Three spacings (x, y, z) are needed.", nameof(newSpacingXyz));
        }

        var box = BoundingBox.OfLabel(mask, label) ?? throw new GeometryException($"Label {label} is not present in the mask.");
        CheckRoiInsideImage(image.Geometry, mask.Geometry, box);

        int[] boxSize = [box.SizeX, box.SizeY, box.SizeZ];
        var spacing = new double[3];
        for (int a = 0; a < 3; a++)
        {
            spacing[a] = newSpacingXyz[a] == 0 || boxSize[a] == 1 ? mask.Geometry.Spacing[a] : newSpacingXyz[a];
            if (!(spacing[a] > 0))
            {
                throw new ArgumentException($"Resampled spacing must be positive, got {newSpacingXyz[a]}.", nameof(newSpacingXyz));
            }
        }

        if (AllClose(image.Geometry.Spacing, spacing))
        {
            var placed = MaskPlacement.OntoImageGrid(mask, image.Geometry);
            var placedBox = BoundingBox.OfLabel(placed, label)
                ?? throw new GeometryException($"Label {label} does not lie on the image grid.");
            return (Cropping.Crop(image, placedBox, padDistance), Cropping.Crop(placed, placedBox, padDistance));
        }

        var grid = ResamplingGrid.For(mask.Geometry, box, spacing, padDistance);
        var resampledImage = ImageResampler.Resample(image, grid, interpolator, image.PixelType);
        var resampledMask = ImageResampler.Resample(mask, grid, Interpolator.NearestNeighbor, mask.PixelType);
        return (resampledImage, resampledMask);
    }

    /// <summary>NumPy allclose(a, b): |a − b| ≤ 1e-8 + 1e-5·|b| for every element.</summary>
    private static bool AllClose(double[] a, double[] b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (!(Math.Abs(a[i] - b[i]) <= 1e-8 + (1e-5 * Math.Abs(b[i]))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// PyRadiomics _checkROI: the corners of the label's box (index L − 0.5 and L + S − 0.5 in the mask) mapped to
    /// the image's continuous index must lie within [−0.5, size − 0.5] ± 1e-3.
    /// </summary>
    private static void CheckRoiInsideImage(ImageGeometry image, ImageGeometry mask, BoundingBox box)
    {
        double[] low = [box.MinX - 0.5, box.MinY - 0.5, box.MinZ - 0.5];
        double[] high = [box.MinX + box.SizeX - 0.5, box.MinY + box.SizeY - 0.5, box.MinZ + box.SizeZ - 0.5];
        var a = GridMapping.PhysicalToContinuousIndex(image, GridMapping.ContinuousIndexToPhysical(mask, low));
        var b = GridMapping.PhysicalToContinuousIndex(image, GridMapping.ContinuousIndexToPhysical(mask, high));
        const double Tolerance = 1e-3;
        for (int i = 0; i < 3; i++)
        {
            if (Math.Min(a[i], b[i]) < -0.5 - Tolerance || Math.Max(a[i], b[i]) > image.Size[i] - 0.5 + Tolerance)
            {
                throw new GeometryException(
                    $"The bounding box of the ROI reaches outside the image (axis {i}: image index {Math.Min(a[i], b[i]):0.###} to {Math.Max(a[i], b[i]):0.###}, image size {image.Size[i]}).");
            }
        }
    }
}
