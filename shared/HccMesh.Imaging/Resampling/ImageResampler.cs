namespace HccMesh.Imaging.Resampling;

/// <summary>
/// SimpleITK ResampleImageFilter with an identity transform (itkResampleImageFilter.hxx): each output voxel
/// is mapped to the input's continuous index (<see cref="GridMapping"/>); inside [−0.5, size − 0.5) on every
/// axis (ImageFunction::IsInsideBuffer) it takes the interpolated value, clamped and cast to the output pixel
/// type (<see cref="PixelCast"/>); outside it takes <paramref name="defaultValue"/> (0 in PyRadiomics).
/// </summary>
public static class ImageResampler
{
    public static Volume Resample(Volume input, ImageGeometry outputGrid, Interpolator interpolator, PixelType outputType, double defaultValue = 0)
    {
        IInterpolation interpolation = interpolator switch
        {
            Interpolator.NearestNeighbor => new NearestNeighborInterpolation(input),
            Interpolator.Linear => new LinearInterpolation(input),
            Interpolator.BSpline => new BSplineInterpolation(input),
            _ => throw new ArgumentOutOfRangeException(nameof(interpolator), interpolator, "Unknown interpolator."),
        };
        return Resample(input.Geometry, interpolation, outputGrid, outputType, defaultValue);
    }

    public static Volume Resample(ImageGeometry inputGrid, IInterpolation interpolation, ImageGeometry outputGrid, PixelType outputType, double defaultValue = 0)
    {
        var mapping = new GridMapping(outputGrid, inputGrid);
        int sx = outputGrid.SizeX, sy = outputGrid.SizeY, sz = outputGrid.SizeZ;
        double hx = inputGrid.SizeX - 0.5, hy = inputGrid.SizeY - 0.5, hz = inputGrid.SizeZ - 0.5;
        var output = new double[outputGrid.VoxelCount];
        Parallel.For(0, sz, z =>
        {
            Span<double> start = stackalloc double[3];
            Span<double> vector = stackalloc double[3];
            for (int y = 0; y < sy; y++)
            {
                mapping.ScanLine(y, z, start, vector);
                int row = sx * (y + (sy * z));
                for (int x = 0; x < sx; x++)
                {
                    double alpha = mapping.Alpha(x);
                    double i = start[0] + (alpha * vector[0]);
                    double j = start[1] + (alpha * vector[1]);
                    double k = start[2] + (alpha * vector[2]);
                    bool inside = i >= -0.5 && i < hx && j >= -0.5 && j < hy && k >= -0.5 && k < hz;
                    output[row + x] = inside ? PixelCast.ClampCast(interpolation.Evaluate(i, j, k), outputType) : defaultValue;
                }
            }
        });
        return new Volume(outputGrid, outputType, output);
    }
}
