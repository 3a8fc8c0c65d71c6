using HccMesh.Imaging;

namespace HccMesh.Radiomics.Pipeline;

/// <summary>
/// PyRadiomics' segment-based preparation (featureextractor.py execute / loadImage; spec §3 steps 1–5):
/// select the label, normalise the whole image, resample (or pre-crop), check the mask, re-segment.
/// The mask must lie on the image grid; with correctMask it is placed there by nearest neighbour (checkMask's _correctMask).
/// </summary>
public static class RegionPreparation
{
    public static PreparedRegion Prepare(Volume image, Volume mask, RadiomicsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentNullException.ThrowIfNull(settings);
        double tolerance = settings.GeometryTolerance ?? 1e-6;
        if (!mask.Geometry.SameGridAs(image.Geometry, tolerance) && settings.CorrectMask)
        {
            mask = ImagingSteps.PlaceMask(mask, image.Geometry);
        }

        if (!mask.Geometry.SameGridAs(image.Geometry, tolerance))
        {
            throw new RadiomicsException(
                $"mask grid ({Describe(mask.Geometry)}) differs from the image grid ({Describe(image.Geometry)}); place the mask on the image grid first or set correctMask");
        }

        int label = settings.Label;
        if (!HasLabel(mask, label))
        {
            throw new RadiomicsException($"mask has no voxel with label {label}");
        }

        if (settings.Normalize)
        {
            image = ImagingSteps.Normalize(image, settings);
        }

        if (settings.Interpolator is not null && settings.ResampledPixelSpacing is not null)
        {
            (image, mask) = ImagingSteps.Resample(image, mask, settings);
        }
        else if (settings.PreCrop)
        {
            var preBox = MaskCheck.Check(LabelMask(mask, label), mask.Geometry, settings);
            image = ImagingSteps.Crop(image, preBox, settings.PadDistance);
            mask = ImagingSteps.Crop(mask, preBox, settings.PadDistance);
        }

        return Checked(image, mask, settings);
    }

    private static PreparedRegion Checked(Volume image, Volume mask, RadiomicsSettings settings)
    {
        int label = settings.Label;
        var roi = LabelMask(mask, label);
        var box = MaskCheck.Check(roi, image.Geometry, settings);
        var intensityMask = roi;
        if (settings.ResegmentRange is not null)
        {
            intensityMask = Resegmentation.Apply(image.Voxels, roi, settings);
            box = MaskCheck.Check(intensityMask, image.Geometry, settings);
        }

        return new PreparedRegion
        {
            Image = image,
            IntensityMask = intensityMask,
            ShapeMask = settings.ResegmentShape ? intensityMask : roi,
            Box = box,
            Settings = settings,
        };
    }

    private static bool HasLabel(Volume mask, int label)
    {
        foreach (double v in mask.Voxels)
        {
            if (v == label)
            {
                return true;
            }
        }

        return false;
    }

    private static bool[] LabelMask(Volume mask, int label)
    {
        var v = mask.Voxels;
        var roi = new bool[v.Length];
        for (int i = 0; i < v.Length; i++)
        {
            roi[i] = v[i] == label;
        }

        return roi;
    }

    private static string Describe(ImageGeometry g) =>
        $"{g.SizeX}x{g.SizeY}x{g.SizeZ}, spacing {string.Join("/", g.Spacing)}, origin {string.Join("/", g.Origin)}";
}
