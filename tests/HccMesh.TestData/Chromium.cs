using System.Diagnostics;
using Xunit;

namespace HccMesh.TestData;

/// <summary>Debian's headless Chromium, the real browser the page tests use (installed by .ci/run).</summary>
public static class Chromium
{
    public static string? Executable { get; } = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    /// <summary>Runs headless Chromium on <paramref name="url"/> with extra switches; returns standard output.</summary>
    public static string Run(string url, params string[] switches)
    {
        var exe = Executable ?? throw new InvalidOperationException("Chromium not found at /usr/bin/chromium (apt-get install chromium).");
        var profile = Directory.CreateTempSubdirectory("hccmesh-chromium-");
        try
        {
            var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var s in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.FullName}",
            }.Concat(switches).Append(url))
            {
                start.ArgumentList.Add(s);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish within 60 s.");
            }

            return stdout.Result;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}

/// <summary>A fact that needs Chromium: skipped loudly when it is missing outside CI, run (and failing) under CI=true.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Executable is null && !TestDataLocation.RunningInCi)
        {
            Skip = "SKIPPED: Chromium not installed (apt-get install chromium); .ci/run installs it.";
        }
    }
}
