using HccMesh.Imaging;
using HccMesh.Imaging.Filters;
using HccMesh.Radiomics.Discretization;
using HccMesh.Radiomics.Parameters;

namespace HccMesh.Radiomics.Pipeline;

/// <summary>
/// PyRadiomics' segment-based extraction (featureextractor.py execute, computeShape, computeFeatures), split so a
/// service can run it stage by stage: <see cref="RegionPreparation.Prepare"/> once, <see cref="ExtractShape"/> once,
/// then <see cref="ExtractImageType"/> per image type (each independent of the others).
/// </summary>
public sealed class RadiomicsExtractor
{
    public RadiomicsExtractor(ExtractionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
    }

    public ExtractionParameters Parameters { get; }

    /// <summary>Everything, in PyRadiomics order: shape, then every image type in enabled order.</summary>
    public static FeatureVector Execute(Volume image, Volume mask, ExtractionParameters parameters) =>
        new RadiomicsExtractor(parameters).Execute(image, mask);

    /// <summary>Steps 1–5 with the global settings.</summary>
    public PreparedRegion Prepare(Volume image, Volume mask) => RegionPreparation.Prepare(image, mask, Parameters.Settings);

    public FeatureVector Execute(Volume image, Volume mask)
    {
        var region = Prepare(image, mask);
        var result = ExtractShape(region);
        foreach (var type in Parameters.ImageTypes)
        {
            if (type.Kind == ImageTypeKind.Wavelet)
            {
                // One transform for all bands (the same numbers as band by band).
                var bands = WaveletTransform.ApplyAll(region.Image, type.Settings.WaveletLevel, type.Settings.WaveletStartLevel, type.Settings.Wavelet);
                foreach (var (band, filtered) in bands)
                {
                    result.AddRange(ComputeFeatures(region, filtered, WaveletTransform.ImageTypeName(band), type.Settings));
                }

                continue;
            }

            foreach (var name in ImageTypeNames(region, type))
            {
                result.AddRange(ExtractImageType(region, name));
            }
        }

        return result;
    }

    /// <summary>The image-type names that <see cref="Execute(Volume, Volume)"/> produces for this region, in order
    /// (LoG sigmas that PyRadiomics' size guard rejects are left out).</summary>
    public IReadOnlyList<string> ImageTypeNames(PreparedRegion region) =>
        [.. Parameters.ImageTypes.SelectMany(t => ImageTypeNames(region, t))];

    /// <summary>
    /// Shape (and shape2D when enabled, force2D is on and the ROI is one voxel thick along force2Ddimension), on the
    /// shape mask cropped to the bounding box; keys <c>original_shape_*</c>.
    /// </summary>
    public FeatureVector ExtractShape(PreparedRegion region)
    {
        var result = new FeatureVector();
        foreach (var selection in Parameters.FeatureClasses.Where(c => c.ClassName is "shape" or "shape2D"))
        {
            if (selection.ClassName == "shape2D" && !Shape2DApplies(region))
            {
                continue; // PyRadiomics skips shape2D with a warning
            }

            var input = Input(region, region.Image, region.ShapeMask, [], region.Settings);
            Compute(result, "original", selection, input);
        }

        return result;
    }

    /// <summary>
    /// One image type: the filter is applied to the whole prepared image, then image and mask are cropped to the
    /// bounding box (no padding), discretised with that type's settings, and every enabled non-shape class runs.
    /// </summary>
    public FeatureVector ExtractImageType(PreparedRegion region, string imageTypeName)
    {
        var type = Parameters.FindImageType(imageTypeName);
        var filtered = Filter(region.Image, type, imageTypeName);
        return ComputeFeatures(region, filtered, imageTypeName, type.Settings);
    }

    private FeatureVector ComputeFeatures(PreparedRegion region, Volume filtered, string imageTypeName, RadiomicsSettings settings)
    {
        var result = new FeatureVector();
        FeatureClassInput? input = null;
        foreach (var selection in Parameters.FeatureClasses)
        {
            if (selection.ClassName.StartsWith("shape", StringComparison.Ordinal))
            {
                continue;
            }

            input ??= DiscretisedInput(region, filtered, settings);
            Compute(result, imageTypeName, selection, input);
        }

        return result;
    }

    private static void Compute(FeatureVector result, string imageTypeName, FeatureClassSelection selection, FeatureClassInput input)
    {
        var featureClass = FeatureClassRegistry.Create(selection.ClassName);
        var wanted = selection.ResolveFeatures(featureClass);
        var computable = wanted
            .Where(f => featureClass.FeatureNames.Contains(f) || FeatureClassRegistry.DeprecatedFeatureHasValue(selection.ClassName))
            .ToList();
        var values = featureClass.Compute(input, computable);
        foreach (var feature in computable)
        {
            result.Add($"{imageTypeName}_{selection.ClassName}_{feature}", values.TryGetValue(feature, out double v) ? v : double.NaN);
        }
    }

    private static FeatureClassInput DiscretisedInput(PreparedRegion region, Volume filtered, RadiomicsSettings settings)
    {
        var (values, roi) = RegionCrop.Crop(filtered, region.IntensityMask, region.Box);
        var bins = GrayLevelDiscretizer.Discretize(values, roi, settings);
        return new FeatureClassInput
        {
            SizeX = region.Box.SizeX,
            SizeY = region.Box.SizeY,
            SizeZ = region.Box.SizeZ,
            Spacing = (double[])filtered.Geometry.Spacing.Clone(),
            Intensities = values,
            InRoi = roi,
            GrayLevels = bins,
            Settings = settings,
        };
    }

    private static FeatureClassInput Input(PreparedRegion region, Volume image, bool[] mask, int[] grayLevels, RadiomicsSettings settings)
    {
        var (values, roi) = RegionCrop.Crop(image, mask, region.Box);
        return new FeatureClassInput
        {
            SizeX = region.Box.SizeX,
            SizeY = region.Box.SizeY,
            SizeZ = region.Box.SizeZ,
            Spacing = (double[])image.Geometry.Spacing.Clone(),
            Intensities = values,
            InRoi = roi,
            GrayLevels = grayLevels,
            Settings = settings,
        };
    }

    private static bool Shape2DApplies(PreparedRegion region)
    {
        var s = region.Settings;
        int[] sizeZyx = [region.Box.SizeZ, region.Box.SizeY, region.Box.SizeX];
        return s.Force2D && sizeZyx[s.Force2DDimension] == 1;
    }

    private static IEnumerable<string> ImageTypeNames(PreparedRegion region, ImageTypeSelection type)
    {
        if (type.Kind != ImageTypeKind.LoG)
        {
            return type.ImageTypeNames;
        }

        return type.Settings.LogSigma
            .Where(s => LaplacianOfGaussian.CanApply(region.Image.Geometry, s.Millimetres, out _))
            .Select(s => s.ImageTypeName);
    }

    private static Volume Filter(Volume image, ImageTypeSelection type, string imageTypeName)
    {
        switch (type.Kind)
        {
            case ImageTypeKind.Original:
                return image;
            case ImageTypeKind.LoG:
                var sigma = type.Settings.LogSigma.First(s => s.ImageTypeName == imageTypeName);
                if (!LaplacianOfGaussian.CanApply(image.Geometry, sigma.Millimetres, out string reason))
                {
                    throw new RadiomicsException($"{imageTypeName}: {reason}");
                }

                return LaplacianOfGaussian.Apply(image, sigma.Millimetres);
            case ImageTypeKind.Wavelet:
                // "wavelet-LLH" → level 1 band LLH; "wavelet2-LLH" → level 2.
                int dash = imageTypeName.IndexOf('-');
                string levelText = imageTypeName["wavelet".Length..dash];
                int level = levelText.Length == 0 ? 1 : int.Parse(levelText, System.Globalization.CultureInfo.InvariantCulture);
                string band = imageTypeName[(dash + 1)..];
                return WaveletTransform.Apply(image, band, level, type.Settings.WaveletStartLevel, type.Settings.Wavelet);
            default:
                throw new RadiomicsException($"{imageTypeName}: unsupported image type");
        }
    }
}
