namespace HccMesh.Imaging.Resampling;

/// <summary>The SimpleITK interpolators PyRadiomics offers for image resampling.</summary>
public enum Interpolator
{
    /// <summary>sitkNearestNeighbor: value of the voxel whose centre is nearest (index rounded half up).</summary>
    NearestNeighbor,

    /// <summary>sitkLinear: trilinear interpolation.</summary>
    Linear,

    /// <summary>sitkBSpline: cubic B-spline with mirror-boundary prefiltering (PyRadiomics' default).</summary>
    BSpline,
}
