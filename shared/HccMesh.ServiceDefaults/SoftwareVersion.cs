using System.Reflection;

namespace HccMesh.ServiceDefaults;

public static class SoftwareVersion
{
    public static string Current { get; } =
        typeof(SoftwareVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(SoftwareVersion).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    public static string Description => $"HccMesh {Current}";
}
