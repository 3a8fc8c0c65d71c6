namespace HccMesh.Imaging.Resampling;

/// <summary>
/// ITK ResampleImageFilter::CastComponentWithBoundsChecking: an interpolated double is clamped to the
/// output type's range and then converted with a C++ static_cast, i.e. truncated toward zero for integer
/// types and rounded to nearest for float32. Float64 output is passed through unchanged.
/// </summary>
public static class PixelCast
{
    public static double ClampCast(double value, PixelType type) => type switch
    {
        PixelType.UInt8 => Integer(value, byte.MinValue, byte.MaxValue),
        PixelType.Int8 => Integer(value, sbyte.MinValue, sbyte.MaxValue),
        PixelType.UInt16 => Integer(value, ushort.MinValue, ushort.MaxValue),
        PixelType.Int16 => Integer(value, short.MinValue, short.MaxValue),
        PixelType.UInt32 => Integer(value, uint.MinValue, uint.MaxValue),
        PixelType.Int32 => Integer(value, int.MinValue, int.MaxValue),
        PixelType.Float32 => value <= -float.MaxValue ? -float.MaxValue : value >= float.MaxValue ? float.MaxValue : (float)value,
        _ => value,
    };

    private static double Integer(double value, double min, double max) =>
        value <= min ? min : value >= max ? max : Math.Truncate(value);
}
