namespace HccMesh.Imaging.IO;

/// <summary>Reads a volume file, choosing the format from its extension (.nrrd, .nhdr, .nii, .nii.gz).</summary>
public static class VolumeReader
{
    public static Volume Read(string path)
    {
        string name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".nrrd", StringComparison.Ordinal) || name.EndsWith(".nhdr", StringComparison.Ordinal))
        {
            return NrrdReader.Read(path);
        }

        if (name.EndsWith(".nii", StringComparison.Ordinal) || name.EndsWith(".nii.gz", StringComparison.Ordinal))
        {
            return NiftiReader.Read(path);
        }

        throw new ImageFormatException(path, "unknown volume file extension (expected .nrrd, .nhdr, .nii or .nii.gz).");
    }

    /// <summary>True when <see cref="Read"/> knows the extension of <paramref name="path"/>.</summary>
    public static bool IsSupported(string path)
    {
        string name = Path.GetFileName(path).ToLowerInvariant();
        return name.EndsWith(".nrrd", StringComparison.Ordinal) || name.EndsWith(".nhdr", StringComparison.Ordinal)
            || name.EndsWith(".nii", StringComparison.Ordinal) || name.EndsWith(".nii.gz", StringComparison.Ordinal);
    }
}
