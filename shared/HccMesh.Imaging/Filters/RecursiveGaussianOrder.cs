namespace HccMesh.Imaging.Filters;

/// <summary>Derivative order of an ITK recursive (Deriche-style) Gaussian pass.</summary>
public enum RecursiveGaussianOrder
{
    /// <summary>Smoothing with the Gaussian itself.</summary>
    Zero,

    /// <summary>Second derivative of the Gaussian, scale-normalised by sigma².</summary>
    Second,
}
