namespace HccMesh.Imaging;

/// <summary>
/// The element type a volume logically has. Voxels are always held as <see cref="double"/>,
/// but every value is exactly representable in this type; filters and resampling use it to
/// reproduce ITK / NumPy precision (an int16 CT resampled stays int16, LoG is float32).
/// </summary>
public enum PixelType
{
    UInt8,
    Int8,
    UInt16,
    Int16,
    UInt32,
    Int32,
    Float32,
    Float64,
}
