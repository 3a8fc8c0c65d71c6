namespace HccMesh.Imaging.Tests.IO;

/// <summary>Bitwise equality of size, spacing, origin and direction (ImageGeometry is a record over arrays).</summary>
internal sealed class GeometryComparer : IEqualityComparer<ImageGeometry>
{
    public static readonly GeometryComparer Exact = new();

    public bool Equals(ImageGeometry? a, ImageGeometry? b) =>
        a is not null && b is not null && a.Size.SequenceEqual(b.Size) && a.Spacing.SequenceEqual(b.Spacing)
        && a.Origin.SequenceEqual(b.Origin) && a.Direction.SequenceEqual(b.Direction);

    public int GetHashCode(ImageGeometry g) => HashCode.Combine(g.SizeX, g.SizeY, g.SizeZ);
}
