namespace HccMesh.Imaging.Resampling;

/// <summary>Maps PyRadiomics' 'interpolator' setting (a SimpleITK name such as "sitkBSpline", or its enum number) to <see cref="Interpolator"/>.</summary>
public static class InterpolatorNames
{
    /// <exception cref="ArgumentException">A SimpleITK interpolator HccMesh does not implement (Gaussian, windowed sinc, ...).</exception>
    public static Interpolator Parse(string name) => name.Trim() switch
    {
        "sitkNearestNeighbor" or "1" => Interpolator.NearestNeighbor,
        "sitkLinear" or "2" => Interpolator.Linear,
        "sitkBSpline" or "sitkBSpline3" or "3" => Interpolator.BSpline,
        _ => throw new ArgumentException(
            $"Interpolator '{name}' is not supported; use sitkNearestNeighbor, sitkLinear or sitkBSpline.", nameof(name)),
    };

    public static string SimpleItkName(Interpolator interpolator) => interpolator switch
    {
        Interpolator.NearestNeighbor => "sitkNearestNeighbor",
        Interpolator.Linear => "sitkLinear",
        _ => "sitkBSpline",
    };
}
