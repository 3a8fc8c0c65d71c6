using System.Text;

namespace HccMesh.Storage;

public static class ObjectStoreExtensions
{
    public static async Task<string> PutBytesAsync(this IObjectStore store, string key, byte[] bytes, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return await store.PutAsync(key, stream, cancellationToken);
    }

    public static Task<string> PutTextAsync(this IObjectStore store, string key, string text, CancellationToken cancellationToken = default) =>
        store.PutBytesAsync(key, Encoding.UTF8.GetBytes(text), cancellationToken);

    public static async Task<byte[]> GetBytesAsync(this IObjectStore store, string key, CancellationToken cancellationToken = default)
    {
        await using var stream = await store.OpenReadAsync(key, cancellationToken);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, cancellationToken);
        return memory.ToArray();
    }

    public static async Task<string> GetTextAsync(this IObjectStore store, string key, CancellationToken cancellationToken = default) =>
        Encoding.UTF8.GetString(await store.GetBytesAsync(key, cancellationToken));
}
