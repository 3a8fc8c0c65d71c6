namespace HccMesh.Radiomics.Parameters;

/// <summary>
/// One enabled image type with its effective settings: the global <c>setting</c> block overridden by the keys
/// given under this image type (PyRadiomics: <c>args = settings.copy(); args.update(customKwargs)</c>).
/// </summary>
public sealed record ImageTypeSelection(ImageTypeKind Kind, RadiomicsSettings Settings)
{
    /// <summary>
    /// The image-type names this selection yields, in PyRadiomics' order, before any per-image guard
    /// (LoG sigmas too large for the image are skipped at extraction time).
    /// </summary>
    public IReadOnlyList<string> ImageTypeNames => Kind switch
    {
        ImageTypeKind.Original => ["original"],
        ImageTypeKind.LoG => [.. Settings.LogSigma.Select(s => s.ImageTypeName)],
        ImageTypeKind.Wavelet => WaveletNames(Settings),
        _ => [],
    };

    /// <summary>
    /// Wavelet names (imageoperations.py, getWaveletImage): per level the 7 detail bands in pywt order
    /// (LLH, LHL, LHH, HLL, HLH, HHL, HHH; first letter = x), prefix "wavelet-" for level 1 and "wavelet{N}-" beyond;
    /// then the last approximation (LLL). With force2D the excluded axis is dropped (2-letter names).
    /// </summary>
    public static IReadOnlyList<string> WaveletNames(RadiomicsSettings s)
    {
        int axes = s.Force2D ? 2 : 3;
        var bands = new List<string>();
        for (int code = 1; code < (1 << axes); code++)
        {
            var letters = new char[axes];
            for (int a = 0; a < axes; a++)
            {
                letters[a] = ((code >> (axes - 1 - a)) & 1) == 1 ? 'H' : 'L';
            }

            bands.Add(new string(letters));
        }

        var names = new List<string>();
        for (int level = 1; level <= s.WaveletLevel; level++)
        {
            string prefix = level == 1 ? "wavelet-" : $"wavelet{level}-";
            names.AddRange(bands.Select(b => prefix + b));
        }

        names.Add((s.WaveletLevel == 1 ? "wavelet-" : $"wavelet{s.WaveletLevel}-") + new string('L', axes));
        return names;
    }
}
