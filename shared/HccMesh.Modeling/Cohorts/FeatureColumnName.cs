using System.Text.RegularExpressions;
using HccMesh.Modeling.Artifacts;

namespace HccMesh.Modeling.Cohorts;

/// <summary>
/// PyRadiomics feature column names, optionally prefixed by a contrast phase:
/// <c>[&lt;phase&gt;_]&lt;imageType&gt;_&lt;class&gt;_&lt;Feature&gt;</c>, e.g.
/// <c>portal_wavelet-LLL_glcm_MaximumProbability</c> or <c>original_shape_Sphericity</c>.
/// Image types follow the names PyRadiomics gives its derived images (radiomics/imageoperations.py:
/// "wavelet-LLL", "log-sigma-1-0-mm-3D", "lbp-3D-m1", "lbp-3D-k", ...). <c>diagnostics_*</c> columns are never
/// features.
/// </summary>
public static partial class FeatureColumnName
{
    public static bool TryParse(string column, out string? phase, out string featureName)
    {
        ArgumentNullException.ThrowIfNull(column);
        var separator = column.IndexOf('_');
        if (separator > 0)
        {
            var prefix = column[..separator];
            if (Phases.Known.Contains(prefix))
            {
                var rest = column[(separator + 1)..];
                if (IsFeatureName(rest))
                {
                    phase = prefix;
                    featureName = rest;
                    return true;
                }

                phase = null;
                featureName = "";
                return false;
            }
        }

        if (IsFeatureName(column))
        {
            phase = null;
            featureName = column;
            return true;
        }

        phase = null;
        featureName = "";
        return false;
    }

    /// <summary>"portal" + "original_shape_Sphericity" → "portal_original_shape_Sphericity".</summary>
    public static string Format(string phase, string featureName)
    {
        ArgumentNullException.ThrowIfNull(phase);
        ArgumentNullException.ThrowIfNull(featureName);
        if (!Phases.Known.Contains(phase))
        {
            throw new ArgumentException(
                $"'{phase}' is not a known phase ({string.Join(", ", Phases.Known)})", nameof(phase));
        }

        if (!IsFeatureName(featureName))
        {
            throw new ArgumentException(
                $"'{featureName}' is not a PyRadiomics feature name (<imageType>_<class>_<Feature>)",
                nameof(featureName));
        }

        return phase + "_" + featureName;
    }

    /// <summary>"&lt;imageType&gt;_&lt;class&gt;_&lt;Feature&gt;" without phase prefix.</summary>
    public static bool IsFeatureName(string name) => FeatureNamePattern().IsMatch(name);

    // radiomics/imageoperations.py getWaveletImage: "wavelet-<LH..>" at level 1, "wavelet<N>-<LH..>" at level N,
    // with 2 letters when force2D drops an axis.
    [GeneratedRegex(
        "^(?:original|wavelet[0-9]*-[LH]{2,3}|log-sigma-[0-9]+(?:-[0-9]+)*-mm-3D|square|squareroot|logarithm|exponential" +
        "|gradient|lbp-2D|lbp-3D-m[0-9]+|lbp-3D-k)" +
        "_(?:shape|shape2D|firstorder|glcm|glrlm|glszm|gldm|ngtdm)_[A-Za-z0-9]+$",
        RegexOptions.CultureInvariant)]
    private static partial Regex FeatureNamePattern();
}
