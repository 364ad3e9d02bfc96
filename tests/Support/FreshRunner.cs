using System.Xml.Linq;
using Sitecast.Build;

namespace Sitecast.Tests.Support;

/// <summary>
/// Builds a site as a CI runner does: into an output folder that is new and empty, without the build cache (a fresh
/// clone has no .sitecast-cache/). Only what the repository holds (podcast/published.yml among it) is there to go by.
/// </summary>
public static class FreshRunner
{
    private static int _next;

    /// <summary>A new, not yet existing output folder inside the test site's temporary folder.</summary>
    public static string EmptyFolder(TestSite site) =>
        Path.Combine(site.Root, ".runners", $"runner-{Interlocked.Increment(ref _next)}", "public");

    public static BuildOptions Options(TestSite site, string output) => site.Options(output: output, cache: false);

    public static BuildReport Build(TestSite site, string output, Func<BuildOptions, BuildOptions>? adjust = null)
    {
        BuildOptions options = Options(site, output);
        return SiteBuilder.BuildAsync(adjust is null ? options : adjust(options)).GetAwaiter().GetResult();
    }

    /// <summary>Episode title → GUID in the feed of an output folder.</summary>
    public static Dictionary<string, string> GuidsByTitle(string output) =>
        XDocument.Load(Path.Combine(output, "podcast", "feed.xml")).Descendants("item")
            .ToDictionary(i => i.Element("title")!.Value, i => i.Element("guid")!.Value);

    public static string RecordPath(TestSite site) => Path.Combine(site.Root, "podcast", "published.yml");
}
