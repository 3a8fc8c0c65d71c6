using HccMesh.Modeling.Cohorts;

namespace HccMesh.Modeling.Tests.Cohorts;

public class GlobPatternTests
{
    [Theory]
    [InlineData("*", "portal_original_shape_Sphericity", true)]
    [InlineData("portal_*", "portal_original_shape_Sphericity", true)]
    [InlineData("portal_*", "arterial_original_shape_Sphericity", false)]
    [InlineData("*_glcm_*", "portal_wavelet-LLL_glcm_MaximumProbability", true)]
    [InlineData("*_glcm_*", "portal_wavelet-LLL_glrlm_RunEntropy", false)]
    [InlineData("*wavelet-?LL_*", "portal_wavelet-HLL_glcm_Idmn", true)]
    [InlineData("*wavelet-?LL_*", "portal_wavelet-HHL_glcm_Idmn", false)]
    [InlineData("original_shape_Sphericity", "original_shape_Sphericity", true)]
    [InlineData("original_shape", "original_shape_Sphericity", false)]
    [InlineData("Portal_*", "portal_original_shape_Sphericity", false)]
    [InlineData("a*b*c", "aXbYbZc", true)]
    [InlineData("a*b*c", "aXbYbZ", false)]
    [InlineData("**", "", true)]
    [InlineData("?", "", false)]
    public void Glob_matches_the_whole_name_ordinally(string pattern, string name, bool expected)
    {
        Assert.Equal(expected, GlobPattern.IsMatch(pattern, name));
    }
}
