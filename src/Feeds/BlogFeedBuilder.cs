using Sitecast.Build;
using Sitecast.Engine;
using Sitecast.Incremental;
using Sitecast.Model;
using Sitecast.Modules;
using Sitecast.Templates;

namespace Sitecast.Feeds;

/// <summary>
/// Collects the newest posts (feedItems in site.yml) into a <see cref="BlogFeed"/>: absolute URLs throughout,
/// and "updated" from the newest post, never from the clock, so an unchanged blog gives an unchanged feed.
/// </summary>
public static class BlogFeedBuilder
{
    public const string RssPath = "/feed.xml";
    public const string AtomPath = "/atom.xml";
    public const string JsonPath = "/feed.json";

    public static BlogFeed Build(IReadOnlyList<Document> postsNewestFirst, SiteContext site)
    {
        var links = new AbsoluteLinks(site.Urls);
        var entries = postsNewestFirst.Take(site.Config.FeedItems).Select(document =>
        {
            Post post = document.ModelAs<Post>();
            string url = site.Urls.Absolute(post.Url);
            string? summary = post.Description ?? NullIfEmpty(document.Get<string>(MetadataKeys.Excerpt));
            string? image = post.ImageUrl is { Length: > 0 } path ? links.Resolve(path, new Uri(url)) : null;
            return new FeedEntry(post.Title, url, post.Date, summary, links.Rewrite(post.Body.Decode(), post.Url),
                post.Tags, post.Author?.Name, post.Author?.Url, image);
        }).ToList();

        return new BlogFeed(
            site.Config.Title,
            site.Config.Description,
            site.Config.Language,
            site.Urls.Absolute(site.Language.HomeUrl),
            site.Urls.Absolute(site.Language.Url(RssPath)),
            site.Urls.Absolute(site.Language.Url(AtomPath)),
            site.Urls.Absolute(site.Language.Url(JsonPath)),
            entries.Count > 0 ? entries.Max(e => e.Published) : FeedDates.Epoch,
            entries);
    }

    /// <summary>
    /// A key for the feed, from what <see cref="Build"/> reads: the newest posts' template values
    /// (which hold all it takes from a post: title, link, date, description and excerpt, body, tags, author, image)
    /// and the site's settings. Null when it cannot be told, and the feed is then always written.
    /// </summary>
    public static string? KeyOf(IReadOnlyList<Document> postsNewestFirst, SiteContext site) =>
        ModelFingerprint.Of("blog feed", new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["posts"] = postsNewestFirst.Take(site.Config.FeedItems).Select(post => TemplateModels.PostValues(post, site).Liquid).ToList(),
            ["title"] = site.Config.Title,
            ["description"] = site.Config.Description,
            ["language"] = site.Config.Language,
            ["base_url"] = site.Urls.BaseUrl,
            ["language_prefix"] = site.Language.Prefix,
        });

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
