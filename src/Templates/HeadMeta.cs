using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Discovery;
using Sitecast.Engine;
using Sitecast.Feeds;
using Sitecast.Model;

namespace Sitecast.Templates;

/// <summary>
/// The values partials/head-meta.liquid reads as <c>head</c>: feed autodiscovery links, Open Graph and Twitter
/// card data, and JSON-LD. Every page gets <see cref="ForPage"/>; posts replace it with <see cref="ForPost"/>.
/// Other page types may do the same and put their own JSON-LD in <c>json_ld</c>.
/// </summary>
public static class HeadMeta
{
    public const string PodcastFeedPath = "/podcast/feed.xml";

    public static Dictionary<string, object?> ForPage(SiteContext site, string url) => url == site.Language.HomeUrl
        ? Values(site, "website", image: null, published: null, tags: [],
            [JsonLd.WebSite(site.Config.Title, NullIfEmpty(site.Config.Description), site.Urls.Absolute(url), site.Config.Language)])
        : ForOtherPage(site, SiteValues.Of(site).Feeds());

    /// <summary>The values of any page but the home page and posts: the same for all of them.</summary>
    public static Dictionary<string, object?> ForOtherPage(SiteContext site, List<Dictionary<string, object?>> feeds) =>
        Values(feeds, site.Config.Title, site.Config.Language, "website", image: null, published: null, tags: [], jsonLd: []);

    /// <summary>A post's head values, from nothing but what is passed (see <see cref="PostPage"/>); no description is null.</summary>
    public static Dictionary<string, object?> ForPost(string title, string relativeUrl, DateTimeOffset date, string? description,
        string? imageUrl, string? authorName, string? authorUrl, IReadOnlyList<string> tags, SiteUrls urls, string siteTitle,
        string language, List<Dictionary<string, object?>> feeds)
    {
        string url = urls.Absolute(relativeUrl);
        // The resized preview (image_url), not the original: only the processed file is published.
        string? image = imageUrl is { Length: > 0 } path ? new AbsoluteLinks(urls).Resolve(path, new Uri(url)) : null;
        string published = FeedDates.Rfc3339(date);
        string posting = JsonLd.BlogPosting(title, description, url, published, image,
            authorName, authorUrl, siteTitle, urls.BaseUrl, tags, language);
        return Values(feeds, siteTitle, language, "article", image, published, tags, [posting]);
    }

    /// <summary>
    /// The feeds every page announces; the podcast feed only when the podcast's <paramref name="channel"/> loaded (so
    /// its feed is written), in this language's folder when each language has its own (feeds: separate).
    /// </summary>
    public static List<Dictionary<string, object?>> Feeds(SiteContext site, Podcast.PodcastChannel? channel)
    {
        string title = site.Config.Title;
        var feeds = new List<Dictionary<string, object?>>
        {
            Feed($"{title} (RSS)", "application/rss+xml", site.Urls.Absolute(site.Language.Url(BlogFeedBuilder.RssPath))),
            Feed($"{title} (Atom)", "application/atom+xml", site.Urls.Absolute(site.Language.Url(BlogFeedBuilder.AtomPath))),
            Feed($"{title} (JSON Feed)", "application/feed+json", site.Urls.Absolute(site.Language.Url(BlogFeedBuilder.JsonPath))),
        };
        if (channel is not null)
            feeds.Add(Feed($"{title} – {site.Strings["podcast_feed_title"]}", "application/rss+xml",
                site.Urls.Absolute(channel.Config.SeparateFeeds ? site.Language.Url(PodcastFeedPath) : PodcastFeedPath)));
        return feeds;
    }

    private static Dictionary<string, object?> Values(SiteContext site, string ogType, string? image, string? published,
        IReadOnlyList<string> tags, List<string> jsonLd) =>
        Values(SiteValues.Of(site).Feeds(), site.Config.Title, site.Config.Language, ogType, image, published, tags, jsonLd);

    private static Dictionary<string, object?> Values(List<Dictionary<string, object?>> feeds, string siteName, string language,
        string ogType, string? image, string? published, IReadOnlyList<string> tags, List<string> jsonLd) => new()
    {
        ["feeds"] = feeds,
        ["site_name"] = siteName,
        ["locale"] = language == "en" ? "en_US" : "de_DE",
        ["og_type"] = ogType,
        ["image"] = image,
        ["twitter_card"] = image is null ? "summary" : "summary_large_image",
        ["published_time"] = published,
        ["tags"] = tags.ToList(),
        ["json_ld"] = jsonLd,
    };

    private static Dictionary<string, object?> Feed(string title, string type, string href) =>
        new() { ["title"] = title, ["type"] = type, ["href"] = href };

    internal static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
