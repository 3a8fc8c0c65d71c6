namespace HccMesh.Radiomics;

/// <summary>
/// PyRadiomics settings (the <c>setting:</c> block of a parameter file), with PyRadiomics' defaults
/// (radiomics/featureextractor.py, _getDefaultSettings). Parsing the YAML file is done by ParameterFile.
/// </summary>
public sealed record RadiomicsSettings
{
    public int Label { get; init; } = 1;

    public double BinWidth { get; init; } = 25;

    public int? BinCount { get; init; }

    public double VoxelArrayShift { get; init; }

    public IReadOnlyList<int> Distances { get; init; } = [1];

    public bool SymmetricalGlcm { get; init; } = true;

    /// <summary>null, "no_weighting", "manhattan", "euclidean" or "infinity".</summary>
    public string? WeightingNorm { get; init; }

    public double GldmA { get; init; }

    public bool Force2D { get; init; }

    public int Force2DDimension { get; init; }

    public int MinimumRoiDimensions { get; init; } = 2;

    public int? MinimumRoiSize { get; init; }

    public int PadDistance { get; init; } = 5;

    public bool PreCrop { get; init; }

    /// <summary>(x, y, z) mm, or null for no resampling.</summary>
    public IReadOnlyList<double>? ResampledPixelSpacing { get; init; }

    /// <summary>"sitkBSpline" (default), "sitkNearestNeighbor", "sitkLinear", or null.</summary>
    public string? Interpolator { get; init; } = "sitkBSpline";

    public bool Normalize { get; init; }

    public double NormalizeScale { get; init; } = 1;

    public double? RemoveOutliers { get; init; }

    public IReadOnlyList<double>? ResegmentRange { get; init; }

    public string ResegmentMode { get; init; } = "absolute";

    public bool ResegmentShape { get; init; }

    public bool CorrectMask { get; init; }

    public double? GeometryTolerance { get; init; }

    public bool AdditionalInfo { get; init; } = true;

    /// <summary>Channel of a vector-valued (segmentation) mask; recorded for parity, scalar masks ignore it.</summary>
    public int LabelChannel { get; init; }

    /// <summary>LoG sigma values (mm) in parameter-file order; empty = no LoG image (PyRadiomics' default).</summary>
    public IReadOnlyList<LogSigma> LogSigma { get; init; } = [];

    /// <summary>Wavelet name (PyWavelets naming); PyRadiomics' default "coif1".</summary>
    public string Wavelet { get; init; } = "coif1";

    /// <summary>Wavelet decomposition levels (<c>level</c>), default 1.</summary>
    public int WaveletLevel { get; init; } = 1;

    /// <summary>Wavelet levels discarded first (<c>start_level</c>), default 0.</summary>
    public int WaveletStartLevel { get; init; }
}
