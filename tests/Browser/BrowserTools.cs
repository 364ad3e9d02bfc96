using Sitecast.Tests.Support;

namespace Sitecast.Tests.Browser;

/// <summary>
/// Where the tools of the browser tests live, and why a test must be skipped when one is missing:
/// Debian's Chromium, a Java runtime for the Nu HTML Checker, and the npm packages of tests/browser/.
/// </summary>
public static class BrowserTools
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>
    /// How long a test waits for a page to react (search results, the player's audio): generous, as CI runs the
    /// browser on a loaded 2-core runner beside other tests. A page that never reacts still fails, only later.
    /// </summary>
    public const int ReactionTimeoutMs = 30_000;

    public static string NodeModules => Path.Combine(RepoPaths.Root, "tests", "browser", "node_modules");

    public static string AxeScript => Path.Combine(NodeModules, "axe-core", "axe.min.js");

    public static string VnuJar => Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar");

    private const string InstallHint = "(apt-get install chromium default-jre-headless; cd tests/browser && npm ci --ignore-scripts)";

    /// <summary>Why browser tests cannot run here, or null when Chromium and axe-core are present.</summary>
    public static string? BrowserMissing()
    {
        if (!File.Exists(Chromium)) return $"Chromium is not installed at {Chromium} {InstallHint}";
        if (!File.Exists(AxeScript)) return $"axe-core is not installed at {AxeScript} {InstallHint}";
        return null;
    }

    /// <summary>Why the Nu HTML Checker cannot run here, or null when Java and vnu.jar are present.</summary>
    public static string? ValidatorMissing()
    {
        if (FindOnPath("java") is null) return $"no java on PATH {InstallHint}";
        if (!File.Exists(VnuJar)) return $"vnu.jar is not installed at {VnuJar} {InstallHint}";
        return null;
    }

    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
