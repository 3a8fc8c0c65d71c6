using HccMesh.Radiomics.Pipeline;

namespace HccMesh.Radiomics.Tests;

public sealed class FeatureVectorTests
{
    [Fact]
    public void Csv_keeps_order_and_round_trip_precision()
    {
        var v = new FeatureVector();
        v.Add("original_shape_MeshVolume", 16147.51180013021);
        v.Add("original_firstorder_Mean", double.NaN);
        v.Add("original_glcm_Idmn", 0.1);
        var text = new StringWriter();
        v.WriteCsv(text);
        Assert.Equal(
            "feature,value\noriginal_shape_MeshVolume,16147.51180013021\noriginal_firstorder_Mean,nan\noriginal_glcm_Idmn,0.1\n",
            text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Wide_csv_has_one_header_row_and_one_value_row()
    {
        var v = new FeatureVector();
        v.Add("a", 1);
        v.Add("b", 2.5);
        var text = new StringWriter();
        v.WriteWideCsv(text);
        Assert.Equal("a,b\n1,2.5\n", text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
