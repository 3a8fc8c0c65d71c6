using HccMesh.Radiomics.Texture;

namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>The <see cref="TextureAngles"/> of a feature class input: its cropped size and force2D setting.</summary>
internal static class TextureNeighbourhood
{
    public static (int Dz, int Dy, int Dx)[] Offsets(FeatureClassInput input, IReadOnlyList<int> distances, bool bidirectional)
    {
        int force2DDimension = input.Settings.Force2D ? input.Settings.Force2DDimension : -1;
        return TextureAngles.Generate([input.SizeZ, input.SizeY, input.SizeX], distances, bidirectional, force2DDimension);
    }

    /// <summary>Flat index deltas of the offsets on a sizeX x sizeY x … array.</summary>
    public static int[] FlatDeltas((int Dz, int Dy, int Dx)[] offsets, int sizeX, int sizeY) =>
        [.. offsets.Select(o => FlatDelta(o, sizeX, sizeY))];

    /// <summary>Largest |component| per axis (z, y, x): voxels at least this far from every face need no bounds checks.</summary>
    public static (int Z, int Y, int X) Reach((int Dz, int Dy, int Dx)[] offsets) =>
        (offsets.Length == 0 ? 0 : offsets.Max(o => Math.Abs(o.Dz)),
         offsets.Length == 0 ? 0 : offsets.Max(o => Math.Abs(o.Dy)),
         offsets.Length == 0 ? 0 : offsets.Max(o => Math.Abs(o.Dx)));

    /// <summary>Change of the flat x-fastest index for an offset.</summary>
    public static int FlatDelta((int Dz, int Dy, int Dx) offset, int sizeX, int sizeY) =>
        offset.Dx + (sizeX * (offset.Dy + (sizeY * offset.Dz)));
}
