using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace HccMesh.Reporting;

/// <summary>JSON settings shared by <see cref="ReportJsonWriter"/> and <see cref="ReportJsonReader"/>: camelCase, indented, strict on read.</summary>
public static class ReportJsonOptions
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        // readable non-ASCII (the banner's "—"); '<', '>', '&', quotes are still escaped
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
