using HccMesh.Imaging.IO;

namespace HccMesh.Ingestion.Cases;

/// <summary>How a case names its volume files: the endings <see cref="VolumeReader"/> reads, mapped to the StudyArrived format names.</summary>
public static class VolumeFileKinds
{
    public static string? FormatOf(string path) => VolumeReader.ExtensionOf(path) switch
    {
        ".nii" or ".nii.gz" => "nifti",
        ".nrrd" or ".nhdr" => "nrrd",
        _ => null,
    };

    public static string ExtensionOf(string path) => VolumeReader.ExtensionOf(path) ?? Path.GetExtension(path);

    /// <summary>The first existing "<paramref name="stem"/>.nii.gz|.nii|.nrrd|.nhdr" in <paramref name="folder"/>.</summary>
    public static string? Find(string folder, string stem) =>
        VolumeReader.Extensions.Select(e => Path.Combine(folder, stem + e)).FirstOrDefault(File.Exists);
}
