using HccMesh.Imaging;
using HccMesh.Imaging.IO;
using HccMesh.TestData;

namespace HccMesh.Radiomics.Tests;

/// <summary>Loads (and caches) the PyRadiomics test cases from shared/testdata/pyradiomics/images.</summary>
internal static class TestImages
{
    private static readonly Dictionary<string, Volume> Cache = [];

    public static Volume Image(string testCase) => Load($"{testCase}_image.nrrd");

    public static Volume Label(string testCase) => Load($"{testCase}_label.nrrd");

    /// <summary>A zero image on the label's grid, for the lung cases whose images are missing (shape needs only the mask).</summary>
    public static Volume ZeroImageLike(Volume label) => Volume.Zeros(label.Geometry, PixelType.Int16);

    private static Volume Load(string file)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(file, out var v))
            {
                v = NrrdReader.Read(TestDataLocation.PathOf("pyradiomics", "images", file));
                Cache[file] = v;
            }

            return v;
        }
    }
}
