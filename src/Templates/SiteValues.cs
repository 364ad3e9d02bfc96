using System.Collections.Concurrent;
using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Model;

namespace Sitecast.Templates;

/// <summary>
/// The values that many pages of a build share, made once per build: the site's (one set for each way the menu and
/// footer can mark the current page), the theme strings, the feeds every page announces, the head values of
/// pages other than posts and the home page, and each post's values (on its page and in every listing). Being shared, each is also hashed once for all the page keys that hold it (see
/// <see cref="Incremental.ModelFingerprint"/>). Shared values are never changed once made.
/// </summary>
internal sealed class SiteValues
{
    private readonly SiteContext _site;
    private readonly ConcurrentDictionary<string, SharedValues> _siteByCurrentLinks = new(StringComparer.Ordinal);

    // By whether the podcast loaded: pages announce its feed only then.
    private readonly ConcurrentDictionary<bool, SharedValues> _pageHead = new();
    private readonly ConcurrentDictionary<bool, List<Dictionary<string, object?>>> _feeds = new();

    // By the post's document itself (records compare by value, which would hash every post's fields).
    private readonly ConcurrentDictionary<Document, PostValues> _posts = new(ReferenceEqualityComparer.Instance);

    internal SiteValues(SiteContext site)
    {
        _site = site;
        Strings = new SharedValues();
        foreach (var (key, text) in site.Strings.Values) Strings[key] = text;
    }

    public static SiteValues Of(SiteContext site) => site.SharedTemplateValues;

    /// <summary>The theme strings (<c>t</c>).</summary>
    public SharedValues Strings { get; }

    /// <summary>The site's values (<c>site</c>) as a page at <paramref name="url"/> sees them.</summary>
    public SharedValues Site(string url)
    {
        SiteConfig config = _site.Config;
        List<Link> menu = _site.Menu, footer = _site.Footer;
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

    /// <summary>A post's values, the same on its page and in every listing that shows it.</summary>
    public PostValues Post(Document post) => _posts.GetOrAdd(post, d => new PostValues(d, _site.Config.Language));

    /// <summary>The head values of a page that is neither a post nor the home page.</summary>
    public SharedValues PageHead() => _pageHead.GetOrAdd(_site.Podcast.Loaded, _ =>
    {
        var head = new SharedValues();
        foreach (var (key, value) in HeadMeta.ForOtherPage(_site)) head[key] = value;
        return head;
    });

    /// <summary>The feeds every page announces (<c>head.feeds</c>): one list for the heads of all pages.</summary>
    public List<Dictionary<string, object?>> Feeds() => _feeds.GetOrAdd(_site.Podcast.Loaded, _ =>
        HeadMeta.Feeds(_site).Select(feed =>
        {
            var shared = new SharedValues();
            foreach (var (key, value) in feed) shared[key] = value;
            return (Dictionary<string, object?>)shared;
        }).ToList());

    private static Dictionary<string, object?> LinkValues(Link link, string currentUrl) => new()
    {
        ["title"] = link.Title,
        ["url"] = link.Url,
        ["current"] = IsCurrent(link, currentUrl),
    };

    private static bool IsCurrent(Link link, string currentUrl) =>
        link.Url == currentUrl || (link.Url != "/" && currentUrl.StartsWith(link.Url, StringComparison.Ordinal));
}
