using HccMesh.Imaging;
using HccMesh.Imaging.Resampling;

namespace HccMesh.Radiomics.Pipeline;

/// <summary>The HccMesh.Imaging operations the preparation uses (normalisation, resampling, cropping), in one place.</summary>
internal static class ImagingSteps
{
    /// <summary>normalizeImage: whole-image z-score (σ with N−1), optional clipping at ±removeOutliers, times normalizeScale.</summary>
    public static Volume Normalize(Volume image, RadiomicsSettings s) =>
        Normalization.Normalize(image, s.NormalizeScale, s.RemoveOutliers);

    /// <summary>resampleImage: image with the interpolator into its own pixel type, mask nearest neighbour, cropped to bbox ± padDistance.</summary>
    public static (Volume Image, Volume Mask) Resample(Volume image, Volume mask, RadiomicsSettings s)
    {
        var interpolator = s.Interpolator switch
        {
            "sitkBSpline" => Interpolator.BSpline,
            "sitkLinear" => Interpolator.Linear,
            "sitkNearestNeighbor" => Interpolator.NearestNeighbor,
            _ => throw new RadiomicsException($"interpolator '{s.Interpolator}' is not supported by HccMesh (supported: sitkBSpline, sitkLinear, sitkNearestNeighbor)"),
        };
        try
        {
            return RadiomicsResampler.Resample(image, mask, s.Label, [.. s.ResampledPixelSpacing!], s.PadDistance, interpolator);
        }
        catch (GeometryException e)
        {
            throw new RadiomicsException($"resampling: {e.Message}");
        }
    }

    /// <summary>checkMask with correctMask: the mask resampled (nearest neighbour) onto the image grid.</summary>
    public static Volume PlaceMask(Volume mask, ImageGeometry imageGrid)
    {
        try
        {
            return MaskPlacement.OntoImageGrid(mask, imageGrid);
        }
        catch (GeometryException e)
        {
            throw new RadiomicsException($"correctMask: {e.Message}");
        }
    }

    /// <summary>cropToTumorMask: indices [max(L − pad, 0), min(U + pad, size − 1)], physical position preserved.</summary>
    public static Volume Crop(Volume v, BoundingBox box, int pad) => Cropping.Crop(v, box, pad);
}
