using Sitecast.Build;

namespace Sitecast.Templates;

/// <summary>The values every page gets: <c>site</c>, <c>t</c> (theme strings), <c>page</c> and <c>head</c>.</summary>
public sealed record PageFrame(SharedValues Site, SharedValues Strings, PageInfo Page, Dictionary<string, object?> Head)
{
    /// <summary>The frame of a page at <paramref name="url"/>; no description is the site's.</summary>
    public static PageFrame For(SiteContext site, string url, string title, string? description)
    {
        SiteValues shared = SiteValues.Of(site);
        bool home = url == site.Language.HomeUrl;
        var (languages, alternates) = LanguageValues.Of(site, url);
        var page = new PageInfo(title, description ?? site.Config.Description, url, site.Urls.Absolute(url), home, languages, alternates);
        return new PageFrame(shared.Site(url), shared.Strings, page, home ? HeadMeta.ForPage(site, url) : shared.PageHead());
    }

    /// <summary>The four values as templates get them, in a map the page type adds its own values to.</summary>
    public Dictionary<string, object?> Liquid() => new(StringComparer.Ordinal)
    {
        ["site"] = Site,
        ["t"] = Strings,
        ["page"] = Page.Liquid(),
        ["head"] = Head,
    };
}
