using HccMesh.Imaging.Resampling;

namespace HccMesh.Imaging.Tests.Resampling;

public class InterpolatorNamesTests
{
    [Theory]
    [InlineData("sitkBSpline", Interpolator.BSpline)]
    [InlineData("sitkLinear", Interpolator.Linear)]
    [InlineData("sitkNearestNeighbor", Interpolator.NearestNeighbor)]
    [InlineData("3", Interpolator.BSpline)]
    public void SimpleItk_names_map_to_interpolators(string name, Interpolator expected)
    {
        Assert.Equal(expected, InterpolatorNames.Parse(name));
        Assert.Equal(expected, InterpolatorNames.Parse(InterpolatorNames.SimpleItkName(expected)));
    }

    [Theory]
    [InlineData("sitkGaussian")]
    [InlineData("sitkLanczosWindowedSinc")]
    [InlineData("bspline")]
    public void Unsupported_interpolators_are_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => InterpolatorNames.Parse(name));
    }
}
