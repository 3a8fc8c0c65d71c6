namespace HccMesh.Imaging.Resampling;

/// <summary>
/// The output grid of PyRadiomics resampleImage (imageoperations.py) for a label's bounding box in the mask:
/// ratio = maskSpacing / newSpacing; new index range ⌊(L − 0.5)·ratio − pad⌋ … ⌈(L + S − 0.5)·ratio + pad⌉ clamped to
/// [0, ⌈maskSize·ratio⌉ − 1]; origin = mask-space point at continuous index 0.5·(new − mask)/mask + lower/ratio;
/// direction of the mask.
/// </summary>
public static class ResamplingGrid
{
    public static ImageGeometry For(ImageGeometry mask, BoundingBox box, double[] newSpacing, int padDistance)
    {
        int[] lower = [box.MinX, box.MinY, box.MinZ];
        int[] size = [box.SizeX, box.SizeY, box.SizeZ];
        var newSize = new int[3];
        var originIndex = new double[3];
        for (int a = 0; a < 3; a++)
        {
            double ratio = mask.Spacing[a] / newSpacing[a];
            double lo = Math.Floor(((lower[a] - 0.5) * ratio) - padDistance);
            double up = Math.Ceiling(((lower[a] + size[a] - 0.5) * ratio) + padDistance);
            double maxUp = Math.Ceiling(mask.Size[a] * ratio) - 1;
            if (lo < 0)
            {
                lo = 0;
            }

            if (up > maxUp)
            {
                up = maxUp;
            }

            newSize[a] = (int)(up - lo + 1);
            if (newSize[a] <= 0)
            {
                throw new GeometryException($"Resampled grid would be empty along axis {a}.");
            }

            double originalLower = lo / ratio;
            double newOriginIndex = 0.5 * (newSpacing[a] - mask.Spacing[a]) / mask.Spacing[a];
            originIndex[a] = newOriginIndex + originalLower;
        }

        var origin = GridMapping.ContinuousIndexToPhysical(mask, originIndex);
        return new ImageGeometry(newSize[0], newSize[1], newSize[2], (double[])newSpacing.Clone(), origin, (double[])mask.Direction.Clone());
    }
}
