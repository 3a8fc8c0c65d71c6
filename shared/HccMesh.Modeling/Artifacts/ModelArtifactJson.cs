using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// Reads and writes <see cref="ModelArtifact"/> JSON (camelCase, indented). Reading is strict:
/// unknown properties, missing required ones, nulls where not allowed, and everything
/// <see cref="ModelArtifactValidator"/> checks raise <see cref="ModelArtifactException"/>.
/// </summary>
public static class ModelArtifactJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        // keep "—" and other non-ASCII text readable; HTML-sensitive characters are still escaped
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static ModelArtifact Load(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            return Load(stream);
        }
        catch (ModelArtifactException e)
        {
            throw new ModelArtifactException(e.Field, $"{e.Detail} (file {Path.GetFileName(path)})", e);
        }
    }

    public static ModelArtifact Load(Stream stream)
    {
        ModelArtifact? artifact;
        try
        {
            artifact = JsonSerializer.Deserialize<ModelArtifact>(stream, Options);
        }
        catch (JsonException e)
        {
            throw new ModelArtifactException(FieldOf(e.Path), e.Message, e);
        }

        if (artifact is null)
        {
            throw new ModelArtifactException("$", "the document is null");
        }

        ModelArtifactValidator.Validate(artifact);
        return artifact;
    }

    public static ModelArtifact Parse(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Load(stream);
    }

    /// <summary>Validates, then writes; an invalid artifact is never written.</summary>
    public static void Save(ModelArtifact artifact, Stream stream)
    {
        ModelArtifactValidator.Validate(artifact);
        JsonSerializer.Serialize(stream, artifact, Options);
    }

    /// <summary>
    /// Validates, then writes beside <paramref name="path"/> and renames: a reader (the model catalog) never sees a
    /// half-written artifact, even when the process is killed mid-write.
    /// </summary>
    public static void Save(ModelArtifact artifact, string path)
    {
        ModelArtifactValidator.Validate(artifact);
        var partial = path + ".partial";
        using (var stream = File.Create(partial))
        {
            JsonSerializer.Serialize(stream, artifact, Options);
            stream.WriteByte((byte)'\n');
        }

        File.Move(partial, path, overwrite: true);
    }

    public static string ToJson(ModelArtifact artifact)
    {
        ModelArtifactValidator.Validate(artifact);
        return JsonSerializer.Serialize(artifact, Options);
    }

    private static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "$" : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;
}
