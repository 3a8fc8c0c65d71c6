namespace HccMesh.Imaging.Filters;

/// <summary>
/// PyRadiomics' wavelet image type (imageoperations.py, getWaveletImage / _swt3): pywt.swtn at
/// level 1 along x, y, z, repeated on the approximation for further levels (spec §7.2).
/// </summary>
/// <remarks>
/// Band letters are x, y, z in that order ('LLH' = low-pass in x and y, high-pass in z).
/// Float32 images are transformed in float32 and give float32 bands, every other pixel type in
/// float64 (PyWavelets keeps float32 and converts integers to float64). Odd axes are wrap-padded
/// by one plane and the bands cropped back, so each band has the input's geometry. Levels above 1
/// re-apply the same un-upsampled level-1 filter to the previous approximation, as PyRadiomics
/// does (not pywt's à-trous up-sampling); <c>startLevel</c> discards that many such passes first.
/// </remarks>
public static class WaveletTransform
{
    /// <summary>PyRadiomics' yield order within a level; the approximation LLL comes last (final level only).</summary>
    public static IReadOnlyList<string> BandOrder { get; } = ["LLH", "LHL", "LHH", "HLL", "HLH", "HHL", "HHH", "LLL"];

    /// <summary>
    /// One band. For <paramref name="level"/> &gt; 1 this is the band PyRadiomics names
    /// <c>wavelet{level}-{band}</c> (for LLL: the approximation after that many levels).
    /// </summary>
    public static Volume Apply(Volume image, string band, int level = 1, int startLevel = 0, string wavelet = "coif1")
    {
        ArgumentNullException.ThrowIfNull(image);
        ValidateBand(band);
        ValidateLevels(level, startLevel);
        var bank = WaveletFilterBank.FromName(wavelet);
        return image.PixelType == PixelType.Float32
            ? ApplyOne(Single(image, bank), band, level, startLevel)
            : ApplyOne(Double(image, bank), band, level, startLevel);
    }

    /// <summary>
    /// Every image PyRadiomics yields, in its order: for each level 1..<paramref name="level"/> the
    /// seven detail bands LLH … HHH, then the final approximation LLL. Band is "LLH" at level 1 and
    /// "2-LLH" at level 2 (PyRadiomics' names are <c>wavelet-LLH</c>, <c>wavelet2-LLH</c>; see
    /// <see cref="ImageTypeName"/>).
    /// </summary>
    public static IReadOnlyList<(string Band, Volume Image)> ApplyAll(Volume image, int level = 1, int startLevel = 0, string wavelet = "coif1")
    {
        ArgumentNullException.ThrowIfNull(image);
        ValidateLevels(level, startLevel);
        var bank = WaveletFilterBank.FromName(wavelet);
        return image.PixelType == PixelType.Float32
            ? ApplyAllLevels(Single(image, bank), level, startLevel)
            : ApplyAllLevels(Double(image, bank), level, startLevel);
    }

    /// <summary>PyRadiomics' image type name of a band returned by <see cref="ApplyAll"/>: "LLH" → "wavelet-LLH", "2-LLH" → "wavelet2-LLH".</summary>
    public static string ImageTypeName(string band) =>
        band.Length > 0 && char.IsDigit(band[0]) ? "wavelet" + band : "wavelet-" + band;

    private static StationaryWavelet3D<float> Single(Volume image, WaveletFilterBank bank) =>
        new(image, [.. bank.DecompositionLowPassSingle], [.. bank.DecompositionHighPassSingle]);

    private static StationaryWavelet3D<double> Double(Volume image, WaveletFilterBank bank) =>
        new(image, [.. bank.DecompositionLowPass], [.. bank.DecompositionHighPass]);

    private static Volume ApplyOne<T>(StationaryWavelet3D<T> swt, string band, int level, int startLevel)
        where T : unmanaged, System.Numerics.INumber<T>
    {
        var data = swt.Pad();
        for (int pass = 0; pass < startLevel + level - 1; pass++)
        {
            data = swt.Band(data, "LLL");
        }

        return swt.Crop(swt.Band(data, band));
    }

    private static List<(string Band, Volume Image)> ApplyAllLevels<T>(StationaryWavelet3D<T> swt, int level, int startLevel)
        where T : unmanaged, System.Numerics.INumber<T>
    {
        var data = swt.Pad();
        for (int pass = 0; pass < startLevel; pass++)
        {
            data = swt.Band(data, "LLL");
        }

        var result = new List<(string, Volume)>((7 * level) + 1);
        for (int index = 1; index <= level; index++)
        {
            string prefix = index == 1 ? string.Empty : $"{index}-";
            foreach (var (band, bandData) in swt.AllBands(data))
            {
                if (band == "LLL")
                {
                    data = bandData;
                }
                else
                {
                    result.Add((prefix + band, swt.Crop(bandData)));
                }
            }
        }

        result.Add(((level == 1 ? string.Empty : $"{level}-") + "LLL", swt.Crop(data)));
        return result;
    }

    private static void ValidateBand(string band)
    {
        ArgumentNullException.ThrowIfNull(band);
        if (band.Length != 3 || band.Any(c => c is not ('L' or 'H')))
        {
            throw new ArgumentException($"Wavelet band must be three letters L/H (x, y, z), got '{band}'.", nameof(band));
        }
    }

    private static void ValidateLevels(int level, int startLevel)
    {
        if (level < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(level), $"Wavelet level must be at least 1, got {level}.");
        }

        if (startLevel < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(startLevel), $"Wavelet start level must not be negative, got {startLevel}.");
        }
    }
}
