using System.Collections.Concurrent;
using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Pipelines;
using Sitecast.Podcast;

namespace Sitecast.Templates;

/// <summary>
/// The values that many pages of a build share, made once per build and language: the site's (one set for each way
/// the menu and footer can mark the current page), the theme strings, the feeds every page announces, the head
/// values of pages other than posts and the home page. Being shared, each is also hashed once for all the page keys that hold it (see
/// <see cref="Incremental.ModelFingerprint"/>). Shared values are never changed once made.
/// </summary>
internal sealed class SiteValues
{
    private readonly SiteContext _site;
    private readonly List<Link> _menu, _footer;
    private readonly ConcurrentDictionary<string, SharedValues> _siteByCurrentLinks = new(StringComparer.Ordinal);
    private readonly List<Dictionary<string, object?>> _feeds;
    private readonly SharedValues _pageHead;

    private SiteValues(SiteContext site, List<Link> menu, List<Link> footer, PodcastChannel? podcast)
    {
        _site = site;
        (_menu, _footer) = (menu, footer);
        Strings = new SharedValues();
        foreach (var (key, text) in site.Strings.Values) Strings[key] = text;
        _feeds = HeadMeta.Feeds(site, podcast).Select(feed =>
        {
            var shared = new SharedValues();
            foreach (var (key, value) in feed) shared[key] = value;
            return (Dictionary<string, object?>)shared;
        }).ToList();
        _pageHead = new SharedValues();
        foreach (var (key, value) in HeadMeta.ForOtherPage(site, _feeds)) _pageHead[key] = value;
    }

    /// <summary>
    /// Makes this language's values, once per build, for the modules that render pages, which call it first: in
    /// PostProcess, when every pipeline's Process outputs exist. With them it makes the translation map (on a site in
    /// several languages, or whose menus name pages), resolves the menu's page references to this language's URLs, and
    /// reads from the Episodes pipeline's outputs whether pages announce the podcast feed; the pipeline of the module
    /// declares that dependency (<c>DependsOn&lt;Episodes&gt;(Phase.PostProcess)</c>).
    /// </summary>
    public static SiteValues Load(SiteContext site, PipelineContext context)
    {
        // Read on every call, not only by the first page: a pipeline that renders pages without declaring the
        // dependency then fails every build, not only those in which it happens to render first.
        PodcastChannel? podcast = Episodes.ChannelOf(context);
        return site.Session.PageValues(site.Language, () =>
        {
            SiteConfig config = site.Config;
            bool references = config.Menu.Concat(config.Footer).Any(link => link.Page is not null);
            if (site.HasTranslations || references) site.Session.Translations.Load(context, site.Languages);
            return references
                ? new SiteValues(site, MenuLinks.Resolve(config.Menu, "menu", site), MenuLinks.Resolve(config.Footer, "footer", site), podcast)
                : new SiteValues(site, config.Menu, config.Footer, podcast);
        });
    }

    /// <summary>This language's values, once <see cref="Load"/> made them.</summary>
    public static SiteValues Of(SiteContext site) => site.Session.PageValues(site.Language) ?? throw new InvalidOperationException(
        $"The shared page values of language '{site.Language.Code}' are read before a module that renders pages loaded them (SiteValues.Load).");

    /// <summary>The theme strings (<c>t</c>).</summary>
    public SharedValues Strings { get; }

    /// <summary>The site's values (<c>site</c>) as a page at <paramref name="url"/> sees them.</summary>
    public SharedValues Site(string url)
    {
        SiteConfig config = _site.Config;
        List<Link> menu = _menu, footer = _footer;
        string current = new([.. menu.Concat(footer).Select(link => IsCurrent(link, url) ? '1' : '0')]);
        return _siteByCurrentLinks.GetOrAdd(current, _ => new SharedValues
        {
            ["title"] = config.Title,
            ["description"] = config.Description,
            ["language"] = config.Language,
            ["base_url"] = _site.Urls.BaseUrl,
            ["menu"] = menu.Select(l => LinkValues(l, url)).ToList(),
            ["footer"] = footer.Select(l => LinkValues(l, url)).ToList(),
            ["preview"] = _site.Options.IncludeDrafts || _site.Options.IncludeFuture,
        });
    }

    /// <summary>The head values of a page that is neither a post nor the home page.</summary>
    public SharedValues PageHead() => _pageHead;

    /// <summary>The feeds every page announces (<c>head.feeds</c>): one list for the heads of all pages.</summary>
    public List<Dictionary<string, object?>> Feeds() => _feeds;

    private static Dictionary<string, object?> LinkValues(Link link, string currentUrl) => new()
    {
        ["title"] = link.Title,
        ["url"] = link.Url,
        ["current"] = IsCurrent(link, currentUrl),
    };

    private static bool IsCurrent(Link link, string currentUrl) =>
        link.Url == currentUrl || (link.Url != "/" && currentUrl.StartsWith(link.Url, StringComparison.Ordinal));
}
