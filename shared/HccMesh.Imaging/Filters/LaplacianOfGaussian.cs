using System.Globalization;

namespace HccMesh.Imaging.Filters;

/// <summary>
/// Laplacian of Gaussian as PyRadiomics computes it (imageoperations.py, getLoGImage): SimpleITK's
/// LaplacianRecursiveGaussianImageFilter with NormalizeAcrossScale on, sigma in mm.
/// </summary>
/// <remarks>
/// Follows itkLaplacianRecursiveGaussianImageFilter.hxx (spec §7.1, §14): for each axis d,
/// a second-derivative recursive pass along d on the input, then zero-order passes along the other
/// axes in increasing order, every pass stored as float32; the sum over d is a float32 accumulator,
/// acc = float32(acc + pass · (1 / spacing_d²)) evaluated in double. The result is
/// sigma²·∇²(G∗I) in physical units, positive where the second derivative is positive.
/// The filter is IIR with replicated edges, so every voxel depends on the whole line: filter the
/// same extent PyRadiomics does (the full image unless resampled or pre-cropped).
/// </remarks>
public static class LaplacianOfGaussian
{
    /// <summary>sigma²-normalised Laplacian of Gaussian; float32 values, same geometry as <paramref name="image"/>.</summary>
    public static Volume Apply(Volume image, double sigmaMm)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (!(sigmaMm > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(sigmaMm), $"LoG sigma must be greater than 0, got {sigmaMm}.");
        }

        int nx = image.SizeX, ny = image.SizeY, nz = image.SizeZ;
        if (Math.Min(nx, Math.Min(ny, nz)) < 4)
        {
            throw new ArgumentException($"LoG needs at least 4 voxels along every axis, image is {nx}x{ny}x{nz}.", nameof(image));
        }

        var spacing = image.Geometry.Spacing;
        var derivative = new RecursiveGaussianCoefficients[3];
        var smoothing = new RecursiveGaussianCoefficients[3];
        for (int axis = 0; axis < 3; axis++)
        {
            derivative[axis] = RecursiveGaussianCoefficients.Create(RecursiveGaussianOrder.Second, sigmaMm, spacing[axis]);
            smoothing[axis] = RecursiveGaussianCoefficients.Create(RecursiveGaussianOrder.Zero, sigmaMm, spacing[axis]);
        }

        long count = image.Geometry.VoxelCount;
        var accumulator = new float[count];
        var pass = new float[count];
        for (int d = 0; d < 3; d++)
        {
            RecursiveGaussianPass.Apply(image.Voxels, pass, nx, ny, nz, d, derivative[d]);
            for (int axis = 0; axis < 3; axis++)
            {
                if (axis != d)
                {
                    RecursiveGaussianPass.Apply(pass, pass, nx, ny, nz, axis, smoothing[axis]);
                }
            }

            double spacing2 = spacing[d] * spacing[d];
            Accumulate(accumulator, pass, 1.0 / spacing2);
        }

        var voxels = new double[count];
        for (long i = 0; i < count; i++)
        {
            voxels[i] = accumulator[i];
        }

        return new Volume(image.Geometry, PixelType.Float32, voxels);
    }

    /// <summary>
    /// PyRadiomics' guards before a LoG image is made: no LoG at all if any dimension is below 4;
    /// a sigma is skipped unless sigma &gt; 0 and size ≥ ceil(sigma / spacing) + 1 on every axis.
    /// </summary>
    public static bool CanApply(ImageGeometry geometry, double sigmaMm, out string reason)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var size = geometry.Size;
        if (Math.Min(size[0], Math.Min(size[1], size[2])) < 4)
        {
            reason = $"Image too small to apply LoG filter, size: {size[0]}x{size[1]}x{size[2]}.";
            return false;
        }

        if (!(sigmaMm > 0.0))
        {
            reason = $"LoG sigma must be greater than 0.0: {sigmaMm}.";
            return false;
        }

        for (int axis = 0; axis < 3; axis++)
        {
            if (size[axis] < Math.Ceiling(sigmaMm / geometry.Spacing[axis]) + 1)
            {
                reason = $"LoG sigma ({sigmaMm} mm) / spacing ({geometry.Spacing[axis]} mm) + 1 exceeds the image size ({size[axis]}) along axis {axis}.";
                return false;
            }
        }

        reason = string.Empty;
        return true;
    }

    /// <summary>
    /// PyRadiomics' image type name, <c>log-sigma-{str(sigma) with '.' → '-'}-mm-3D</c>, for a sigma
    /// given as a float (Python prints 1.0 as "1.0", so "log-sigma-1-0-mm-3D"). A sigma written as
    /// an integer in a PyRadiomics YAML prints as "3" instead ("log-sigma-3-mm-3D"); that is the caller's to know.
    /// </summary>
    public static string ImageTypeName(double sigmaMm)
    {
        string text = sigmaMm.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.') && !text.Contains('E'))
        {
            text += ".0";
        }

        return $"log-sigma-{text.Replace('.', '-')}-mm-3D";
    }

    private static void Accumulate(float[] accumulator, float[] pass, double weight)
    {
        const int chunk = 1 << 16;
        int chunks = (accumulator.Length + chunk - 1) / chunk;
        Parallel.For(0, chunks, c =>
        {
            int end = Math.Min(accumulator.Length, (c + 1) * chunk);
            for (int i = c * chunk; i < end; i++)
            {
                accumulator[i] = (float)(accumulator[i] + (pass[i] * weight));
            }
        });
    }
}
