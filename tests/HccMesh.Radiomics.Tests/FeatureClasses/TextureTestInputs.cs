using HccMesh.Imaging;
using HccMesh.Imaging.IO;
using HccMesh.Radiomics.Discretization;
using HccMesh.TestData;

namespace HccMesh.Radiomics.Tests.FeatureClasses;

/// <summary>
/// Builds <see cref="FeatureClassInput"/> the way PyRadiomics hands it to a texture class: ROI =
/// mask == label, optional re-segmentation (spec §4.4, absolute or sigma), crop image and ROI to the
/// ROI bounding box without padding, discretise the ROI (spec §5).
/// </summary>
internal static class TextureTestInputs
{
    public static FeatureClassInput PyRadiomicsCase(string caseName, RadiomicsSettings settings)
    {
        var image = NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", $"{caseName}_image.nrrd"));
        var mask = NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", $"{caseName}_label.nrrd"));
        return FromVolumes(image, mask, settings);
    }

    public static FeatureClassInput FromVolumes(Volume image, Volume mask, RadiomicsSettings settings)
    {
        var values = settings.Normalize ? Normalized(image.Voxels, settings.NormalizeScale) : image.Voxels;
        var roi = new bool[values.Length];
        for (int i = 0; i < roi.Length; i++)
        {
            roi[i] = mask.Voxels[i] == settings.Label;
        }

        if (settings.ResegmentRange is { } range)
        {
            Resegment(values, roi, range, settings.ResegmentMode);
        }

        var box = BoundingBoxOf(roi, image.SizeX, image.SizeY, image.SizeZ);
        int sx = box.SizeX, sy = box.SizeY, sz = box.SizeZ;
        var cropped = new double[sx * sy * sz];
        var croppedRoi = new bool[cropped.Length];
        for (int z = 0; z < sz; z++)
        {
            for (int y = 0; y < sy; y++)
            {
                for (int x = 0; x < sx; x++)
                {
                    int source = image.IndexOf(x + box.MinX, y + box.MinY, z + box.MinZ);
                    int target = x + (sx * (y + (sy * z)));
                    cropped[target] = values[source];
                    croppedRoi[target] = roi[source];
                }
            }
        }

        return new FeatureClassInput
        {
            SizeX = sx,
            SizeY = sy,
            SizeZ = sz,
            Spacing = [.. image.Geometry.Spacing],
            Intensities = cropped,
            InRoi = croppedRoi,
            GrayLevels = GrayLevelDiscretizer.Discretize(cropped, croppedRoi, settings),
            Settings = settings,
        };
    }

    /// <summary>An input from an already discretised array (x-fastest), no cropping.</summary>
    public static FeatureClassInput FromGrayLevels(int sizeX, int sizeY, int sizeZ, int[] grayLevels, RadiomicsSettings? settings = null)
    {
        var roi = grayLevels.Select(g => g > 0).ToArray();
        return new FeatureClassInput
        {
            SizeX = sizeX,
            SizeY = sizeY,
            SizeZ = sizeZ,
            Spacing = [1, 1, 1],
            Intensities = [.. grayLevels.Select(g => (double)g)],
            InRoi = roi,
            GrayLevels = grayLevels,
            Settings = settings ?? new RadiomicsSettings(),
        };
    }

    /// <summary>Spec §4.3: (x − μ)·(1/σ)·scale over the whole image, σ with N − 1 (ITK StatisticsImageFilter).</summary>
    private static double[] Normalized(double[] voxels, double scale)
    {
        double mean = voxels.Average();
        double squares = voxels.Sum(v => (v - mean) * (v - mean));
        double inverseSigma = 1 / Math.Sqrt(squares / (voxels.Length - 1));
        return [.. voxels.Select(v => (v - mean) * inverseSigma * scale)];
    }

    private static void Resegment(double[] values, bool[] roi, IReadOnlyList<double> range, string mode)
    {
        double scaleLow = range[0], scaleHigh = range.Count > 1 ? range[1] : double.PositiveInfinity;
        double low = scaleLow, high = scaleHigh;
        if (mode == "sigma")
        {
            double sum = 0, count = 0;
            for (int i = 0; i < roi.Length; i++)
            {
                if (roi[i]) { sum += values[i]; count++; }
            }

            double mean = sum / count, squares = 0;
            for (int i = 0; i < roi.Length; i++)
            {
                if (roi[i]) { squares += (values[i] - mean) * (values[i] - mean); }
            }

            double std = Math.Sqrt(squares / count);
            low = mean + (scaleLow * std);
            high = range.Count > 1 ? mean + (scaleHigh * std) : double.PositiveInfinity;
        }
        else if (mode != "absolute")
        {
            throw new NotSupportedException($"resegmentMode {mode} is not emulated by this test helper");
        }

        for (int i = 0; i < roi.Length; i++)
        {
            roi[i] &= values[i] >= low && values[i] <= high;
        }
    }

    private static BoundingBox BoundingBoxOf(bool[] roi, int sizeX, int sizeY, int sizeZ)
    {
        int minX = int.MaxValue, minY = int.MaxValue, minZ = int.MaxValue, maxX = -1, maxY = -1, maxZ = -1;
        for (int z = 0, i = 0; z < sizeZ; z++)
        {
            for (int y = 0; y < sizeY; y++)
            {
                for (int x = 0; x < sizeX; x++, i++)
                {
                    if (roi[i])
                    {
                        minX = Math.Min(minX, x); maxX = Math.Max(maxX, x);
                        minY = Math.Min(minY, y); maxY = Math.Max(maxY, y);
                        minZ = Math.Min(minZ, z); maxZ = Math.Max(maxZ, z);
                    }
                }
            }
        }

        return maxX < 0 ? throw new InvalidOperationException("empty ROI") : new BoundingBox(minX, maxX, minY, maxY, minZ, maxZ);
    }
}
