namespace HccMesh.Imaging.Resampling;

/// <summary>
/// The region of one mask label cannot be used on the image: <see cref="Reason"/> tells which way
/// ("empty": no voxel has the label; "no-overlap": none of it lies on the image; "outside": part of it lies beyond the image).
/// </summary>
public sealed class MaskRegionException(string reason, string message) : GeometryException(message)
{
    public const string Empty = "empty";
    public const string NoOverlap = "no-overlap";
    public const string Outside = "outside";

    public string Reason { get; } = reason;
}
