using Sitecast.Diagnostics;
using Sitecast.Engine;
using Sitecast.Links;
using Sitecast.Modules;

namespace Sitecast.Build;

/// <summary>
/// Checks run on the finished staging folder, after every pipeline and before it is published. Today: broken
/// internal links and fragments, each reported at the Markdown line it was written on or at the theme template.
/// </summary>
public static class OutputChecks
{
    /// <summary>At most this many pages are named when one template link is broken on many pages.</summary>
    private const int PagesNamed = 3;

    public static void Run(SiteContext site, EngineResult result)
    {
        // The files are those this build wrote: a recycled staging folder may still hold others while it is pruned.
        // Their destinations are already their paths relative to it: only destinations that passed
        // SafePaths.ResolveDestination are claimed (see WriteFiles).
        IReadOnlyList<BrokenLink> broken = LinkChecker.Check(site.Session.StagingRoot, site.Urls.BasePath, site.Session.Reuse,
            site.Session.Outputs.Paths, site.Session.WrittenPages);
        if (broken.Count == 0) return;

        var byDestination = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var ((_, phase), documents) in result.Outputs)
        {
            if (phase != Phase.Output) continue;
            foreach (Document document in documents)
                if (document.Destination is { } destination) byDestination.TryAdd(destination, document);
        }

        var templates = new TemplateLocator(site.Theme);
        var grouped = broken
            .Select(link => (Link: link, Location: LocationOf(link, byDestination.GetValueOrDefault(link.Page), templates, site)))
            .GroupBy(b => (b.Location, b.Link.Url, b.Link.Reason));
        foreach (var group in grouped)
        {
            var pages = group.Select(b => b.Link.Page).Distinct().Order(StringComparer.Ordinal).ToList();
            string where = pages.Count <= PagesNamed
                ? string.Join(", ", pages)
                : $"{string.Join(", ", pages.Take(PagesNamed))} and {pages.Count - PagesNamed} more page{(pages.Count - PagesNamed == 1 ? "" : "s")}";
            site.Session.Diagnostics.Error(group.Key.Location, $"broken link '{group.Key.Url}' (on {where}): {group.Key.Reason}",
                Pipelines.SiteSearch.OtherLanguageHint(site.Config, group.Key.Url) ??
                "link to a page or file the site has, with the id of an element on it after #; external links start with https://");
        }
    }

    private static SourceLocation LocationOf(BrokenLink link, Document? document, TemplateLocator templates, SiteContext site)
    {
        if (document?.Get<IReadOnlyDictionary<string, SourceLocation>>(MetadataKeys.MarkdownLinks) is { } markdown &&
            markdown.TryGetValue(LinkKey.Of(link.Url), out SourceLocation written))
            return written;

        // Not from the Markdown body: the layout, base.liquid or a partial put it there.
        string? layout = document?.Get<string>(MetadataKeys.Layout);
        string needle = link.Url.StartsWith(site.Urls.BasePath, StringComparison.Ordinal) && site.Urls.BasePath != "/"
            ? "/" + link.Url[site.Urls.BasePath.Length..]
            : link.Url;
        // Menu and footer links are written in site.yml; the theme only loops over them.
        if (site.Config.Menu.Concat(site.Config.Footer).Any(l => l.Url == needle) &&
            templates.FindInFile(site.SourcePath(SiteConfigLoader.FileName), SiteConfigLoader.FileName, needle) is { } configured)
            return configured;
        return templates.Find(layout, needle) ?? new SourceLocation(document?.Source is { Length: > 0 } source ? source : "site/" + link.Page);
    }
}
