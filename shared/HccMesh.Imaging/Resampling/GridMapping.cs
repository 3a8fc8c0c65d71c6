namespace HccMesh.Imaging.Resampling;

/// <summary>
/// Maps the voxels of an output grid to continuous indices of an input grid exactly as ITK's
/// ResampleImageFilter::LinearThreadedGenerateData does for an identity transform: per scan line the
/// continuous indices of output x = 0 and x = sizeX are computed through world space, and voxel x gets
/// start + (x / sizeX)·(end − start). Index→point uses origin + (D·S)·index summed term by term
/// (ImageBase::TransformIndexToPhysicalPoint); point→index uses the inverse of D·S (ImageBase::
/// TransformPhysicalPointToContinuousIndex), whose elements for signed-permutation directions are ±1/spacing.
/// </summary>
public sealed class GridMapping
{
    private readonly double[] outOrigin;
    private readonly double[] indexToPoint;
    private readonly double[] inOrigin;
    private readonly double[] pointToIndex;
    private readonly int sizeX;

    public GridMapping(ImageGeometry output, ImageGeometry input)
    {
        outOrigin = output.Origin;
        indexToPoint = IndexToPhysical(output);
        inOrigin = input.Origin;
        pointToIndex = PhysicalToIndex(input);
        sizeX = output.SizeX;
    }

    /// <summary>ITK m_IndexToPhysicalPoint = Direction · diag(Spacing), row-major.</summary>
    public static double[] IndexToPhysical(ImageGeometry g)
    {
        var m = new double[9];
        for (int r = 0; r < 3; r++)
        {
            for (int c = 0; c < 3; c++)
            {
                m[(3 * r) + c] = g.Direction[(3 * r) + c] * g.Spacing[c];
            }
        }

        return m;
    }

    /// <summary>ITK m_PhysicalPointToIndex = (Direction · diag(Spacing))⁻¹ = diag(1/Spacing) · Direction⁻¹.</summary>
    public static double[] PhysicalToIndex(ImageGeometry g)
    {
        double[] inverseDirection;
        try
        {
            inverseDirection = Matrix3.Invert(g.Direction);
        }
        catch (ArgumentException e)
        {
            throw new GeometryException("Image direction matrix is singular: " + e.Message);
        }

        var m = new double[9];
        for (int r = 0; r < 3; r++)
        {
            double reciprocal = 1.0 / g.Spacing[r];
            for (int c = 0; c < 3; c++)
            {
                m[(3 * r) + c] = inverseDirection[(3 * r) + c] * reciprocal;
            }
        }

        return m;
    }

    /// <summary>ITK TransformIndexToPhysicalPoint for an integer index: point[i] = origin[i], then += m[i][j]·index[j] in turn.</summary>
    public static double[] IndexToPhysicalPoint(ImageGeometry g, int i, int j, int k)
    {
        var m = IndexToPhysical(g);
        var p = new double[3];
        for (int r = 0; r < 3; r++)
        {
            double sum = g.Origin[r];
            sum += m[3 * r] * i;
            sum += m[(3 * r) + 1] * j;
            sum += m[(3 * r) + 2] * k;
            p[r] = sum;
        }

        return p;
    }

    /// <summary>ITK TransformContinuousIndexToPhysicalPoint: point[r] = Σc m[r][c]·index[c] + origin[r].</summary>
    public static double[] ContinuousIndexToPhysical(ImageGeometry g, double[] index)
    {
        var m = IndexToPhysical(g);
        var p = new double[3];
        for (int r = 0; r < 3; r++)
        {
            double sum = 0;
            for (int c = 0; c < 3; c++)
            {
                sum += m[(3 * r) + c] * index[c];
            }

            p[r] = sum + g.Origin[r];
        }

        return p;
    }

    /// <summary>ITK TransformPhysicalPointToContinuousIndex.</summary>
    public static double[] PhysicalToContinuousIndex(ImageGeometry g, double[] point)
    {
        var m = PhysicalToIndex(g);
        double v0 = point[0] - g.Origin[0], v1 = point[1] - g.Origin[1], v2 = point[2] - g.Origin[2];
        var index = new double[3];
        for (int r = 0; r < 3; r++)
        {
            index[r] = (m[3 * r] * v0) + (m[(3 * r) + 1] * v1) + (m[(3 * r) + 2] * v2);
        }

        return index;
    }

    /// <summary>Start index (output x = 0) and the vector to output x = sizeX, in input continuous-index space.</summary>
    public void ScanLine(int y, int z, Span<double> start, Span<double> vector)
    {
        IndexOf(0, y, z, start);
        Span<double> end = stackalloc double[3];
        IndexOf(sizeX, y, z, end);
        for (int i = 0; i < 3; i++)
        {
            vector[i] = end[i] - start[i];
        }
    }

    /// <summary>alpha for output voxel x of a scan line, as ITK computes it.</summary>
    public double Alpha(int x) => x / (double)sizeX;

    private void IndexOf(int i, int j, int k, Span<double> result)
    {
        var m = indexToPoint;
        double p0 = outOrigin[0], p1 = outOrigin[1], p2 = outOrigin[2];
        p0 += m[0] * i;
        p0 += m[1] * j;
        p0 += m[2] * k;
        p1 += m[3] * i;
        p1 += m[4] * j;
        p1 += m[5] * k;
        p2 += m[6] * i;
        p2 += m[7] * j;
        p2 += m[8] * k;
        double v0 = p0 - inOrigin[0], v1 = p1 - inOrigin[1], v2 = p2 - inOrigin[2];
        var n = pointToIndex;
        result[0] = (n[0] * v0) + (n[1] * v1) + (n[2] * v2);
        result[1] = (n[3] * v0) + (n[4] * v1) + (n[5] * v2);
        result[2] = (n[6] * v0) + (n[7] * v1) + (n[8] * v2);
    }
}
