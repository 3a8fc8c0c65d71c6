namespace HccMesh.Storage;

/// <summary>
/// Object storage for images, intermediate volumes, feature sets and reports. Keys are
/// '/'-separated, built from study GUIDs and fixed names only (never patient identifiers).
/// </summary>
public interface IObjectStore
{
    /// <summary>Stores the content and returns its SHA-256 (lower-case hex).</summary>
    Task<string> PutAsync(string key, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Opens a stored object; <see cref="ObjectNotFoundException"/> when absent.</summary>
    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>A location a person can open (file path or URL), for printing.</summary>
    string Describe(string key);

    /// <summary>Where the store itself is (folder or endpoint + bucket), for printing.</summary>
    string Location { get; }
}
