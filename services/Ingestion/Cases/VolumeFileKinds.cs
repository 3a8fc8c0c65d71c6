namespace HccMesh.Ingestion.Cases;

/// <summary>Volume file formats accepted for images and masks, by file-name ending.</summary>
public static class VolumeFileKinds
{
    private static readonly (string Ending, string Format)[] Endings =
    [
        (".nii.gz", "nifti"),
        (".nii", "nifti"),
        (".seg.nrrd", "nrrd"),
        (".nrrd", "nrrd"),
        (".nhdr", "nrrd"),
    ];

    public static string? FormatOf(string path)
    {
        foreach (var (ending, format) in Endings)
        {
            if (path.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        return null;
    }

    public static string ExtensionOf(string path)
    {
        foreach (var (ending, _) in Endings)
        {
            if (path.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return ending;
            }
        }

        return Path.GetExtension(path);
    }

    /// <summary>The first existing "<paramref name="stem"/>.nii.gz|.nii|.nrrd" in <paramref name="folder"/>.</summary>
    public static string? Find(string folder, string stem)
    {
        foreach (var (ending, _) in Endings)
        {
            var candidate = Path.Combine(folder, stem + ending);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
