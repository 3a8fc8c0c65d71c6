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

    [Fact]
    public void Csv_round_trips_through_ParseCsv()
    {
        var v = new FeatureVector();
        v.Add("original_shape_MeshVolume", 16147.51180013021);
        v.Add("original_firstorder_Mean", double.NaN);
        v.Add("log-sigma-1-0-mm-3D_glcm_Idmn", -3.2034265038149176e-16);
        var back = FeatureVector.ParseCsv(v.ToCsv(), "test");
        Assert.Equal(v.Names, back.Names);
        Assert.Equal(16147.51180013021, back["original_shape_MeshVolume"]);
        Assert.True(double.IsNaN(back["original_firstorder_Mean"]));
        Assert.Equal(-3.2034265038149176e-16, back["log-sigma-1-0-mm-3D_glcm_Idmn"]);
    }

    [Fact]
    public void Csv_without_the_header_is_refused_naming_the_source()
    {
        var e = Assert.Throws<RadiomicsException>(() => FeatureVector.ParseCsv("a,1\n", "features/x.csv"));
        Assert.StartsWith("features/x.csv:", e.Message, StringComparison.Ordinal);
    }
}
