using HccMesh.Modeling.Cohorts;

namespace HccMesh.Modeling.Tests.Cohorts;

public class FeatureColumnNameTests
{
    [Theory]
    [InlineData("portal_wavelet-LLL_glcm_MaximumProbability", "portal", "wavelet-LLL_glcm_MaximumProbability")]
    [InlineData("arterial_original_shape_Sphericity", "arterial", "original_shape_Sphericity")]
    [InlineData("noncontrast_log-sigma-1-0-mm-3D_firstorder_Mean", "noncontrast", "log-sigma-1-0-mm-3D_firstorder_Mean")]
    [InlineData("delayed_lbp-3D-k_gldm_DependenceEntropy", "delayed", "lbp-3D-k_gldm_DependenceEntropy")]
    [InlineData("original_firstorder_10Percentile", null, "original_firstorder_10Percentile")]
    [InlineData("log-sigma-1-mm-3D_glszm_ZonePercentage", null, "log-sigma-1-mm-3D_glszm_ZonePercentage")]
    [InlineData("wavelet2-HHL_ngtdm_Busyness", null, "wavelet2-HHL_ngtdm_Busyness")]
    [InlineData("wavelet-LH_glrlm_RunEntropy", null, "wavelet-LH_glrlm_RunEntropy")]
    [InlineData("lbp-3D-m2_firstorder_Median", null, "lbp-3D-m2_firstorder_Median")]
    [InlineData("lbp-2D_firstorder_Median", null, "lbp-2D_firstorder_Median")]
    [InlineData("squareroot_glcm_Idmn", null, "squareroot_glcm_Idmn")]
    [InlineData("square_glcm_Idmn", null, "square_glcm_Idmn")]
    [InlineData("logarithm_firstorder_Energy", null, "logarithm_firstorder_Energy")]
    [InlineData("exponential_firstorder_Energy", null, "exponential_firstorder_Energy")]
    [InlineData("gradient_firstorder_Energy", null, "gradient_firstorder_Energy")]
    [InlineData("original_shape2D_Perimeter", null, "original_shape2D_Perimeter")]
    public void PyRadiomics_names_parse_with_and_without_phase(string column, string? phase, string feature)
    {
        Assert.True(FeatureColumnName.TryParse(column, out var parsedPhase, out var parsedFeature));
        Assert.Equal(phase, parsedPhase);
        Assert.Equal(feature, parsedFeature);
    }

    [Theory]
    [InlineData("diagnostics_Image-original_Mean")]
    [InlineData("portal_diagnostics_Mask-original_VoxelNum")]
    [InlineData("venous_original_shape_Sphericity")]
    [InlineData("Portal_original_shape_Sphericity")]
    [InlineData("wavelet-lll_glcm_Idmn")]
    [InlineData("wavelet-LLLL_glcm_Idmn")]
    [InlineData("original_glcmx_Idmn")]
    [InlineData("original_glcm_")]
    [InlineData("original_glcm_Max-Probability")]
    [InlineData("log-sigma-mm-3D_firstorder_Mean")]
    [InlineData("lbp-3D-m_firstorder_Mean")]
    [InlineData("portal_")]
    [InlineData("age")]
    [InlineData("id")]
    [InlineData("")]
    public void Other_columns_are_not_features(string column)
    {
        Assert.False(FeatureColumnName.TryParse(column, out var phase, out var feature));
        Assert.Null(phase);
        Assert.Equal("", feature);
    }

    [Fact]
    public void Format_and_parse_are_inverse()
    {
        var column = FeatureColumnName.Format("portal", "wavelet-LLL_glcm_MaximumProbability");

        Assert.Equal("portal_wavelet-LLL_glcm_MaximumProbability", column);
        Assert.True(FeatureColumnName.TryParse(column, out var phase, out var feature));
        Assert.Equal(column, FeatureColumnName.Format(phase!, feature));
    }

    [Fact]
    public void Format_refuses_an_unknown_phase_or_a_non_feature_name()
    {
        Assert.Throws<ArgumentException>(() => FeatureColumnName.Format("venous", "original_shape_Sphericity"));
        Assert.Throws<ArgumentException>(() => FeatureColumnName.Format("portal", "diagnostics_Image-original_Mean"));
    }
}
