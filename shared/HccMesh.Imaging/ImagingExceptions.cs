namespace HccMesh.Imaging;

/// <summary>A file that cannot be read as the image format it claims to be. Names the file.</summary>
public class ImageFormatException : Exception
{
    public ImageFormatException(string file, string message, Exception? inner = null)
        : base($"{Path.GetFileName(file)}: {message}", inner)
    {
        FilePath = file;
    }

    public string FilePath { get; }
}

/// <summary>Image and mask geometry that cannot be reconciled (no overlap, singular direction, ...).</summary>
public class GeometryException(string message) : Exception(message);
