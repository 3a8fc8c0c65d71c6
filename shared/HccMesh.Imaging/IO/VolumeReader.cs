namespace HccMesh.Imaging.IO;

/// <summary>Reads a volume file, choosing the format from its name (.nrrd, .nhdr, .nii, .nii.gz).</summary>
public static class VolumeReader
{
    /// <summary>Recognised endings, longest first so ".nii.gz" wins over ".gz".</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".nii.gz", ".nii", ".nrrd", ".nhdr"];

    public static Volume Read(string path)
    {
        return ExtensionOf(path) switch
        {
            ".nrrd" or ".nhdr" => NrrdReader.Read(path),
            ".nii" or ".nii.gz" => NiftiReader.Read(path),
            _ => throw Unknown(path),
        };
    }

    /// <summary>Reads from a stream; <paramref name="name"/> (e.g. an object key) gives the format. A detached .nhdr header cannot be read this way.</summary>
    public static Volume Read(Stream stream, string name)
    {
        return ExtensionOf(name) switch
        {
            ".nrrd" => NrrdReader.Read(stream, name),
            ".nii" or ".nii.gz" => NiftiReader.Read(stream, name),
            ".nhdr" => throw new ImageFormatException(name, "a detached NRRD header (.nhdr) needs its data file; read it from a path."),
            _ => throw Unknown(name),
        };
    }

    /// <summary>The recognised ending of <paramref name="path"/> (lower case), or null.</summary>
    public static string? ExtensionOf(string path)
    {
        string name = Path.GetFileName(path).ToLowerInvariant();
        return Extensions.FirstOrDefault(e => name.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>True when <see cref="Read(string)"/> knows the extension of <paramref name="path"/>.</summary>
    public static bool IsSupported(string path) => ExtensionOf(path) is not null;

    private static ImageFormatException Unknown(string path) =>
        new(path, "unknown volume file extension (expected .nrrd, .nhdr, .nii or .nii.gz).");
}
