namespace HccMesh.Storage;

public sealed class ObjectNotFoundException(string key) : Exception($"Object '{key}' is not in the store.")
{
    public string Key { get; } = key;
}
