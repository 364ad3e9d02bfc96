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

    public static Dictionary<string, object?> ForPage(SiteContext site, string url) => url == "/"
        ? Values(site, "website", image: null, published: null, tags: [],
            [JsonLd.Serialize(JsonLd.WebSite(site.Config.Title, NullIfEmpty(site.Config.Description), site.Urls.BaseUrl, site.Config.Language))])
        : ForOtherPage(site);

    /// <summary>The values of any page but the home page and posts: the same for all of them.</summary>
    public static Dictionary<string, object?> ForOtherPage(SiteContext site) =>
        Values(site, "website", image: null, published: null, tags: [], jsonLd: []);

    public static Dictionary<string, object?> ForPost(Document document, SiteContext site)
    {
        Post post = document.ModelAs<Post>();
        string url = site.Urls.Absolute(post.Url);
        // The resized preview (image_url), not the original: only the processed file is published.
        string? image = post.ImageUrl is { Length: > 0 } path ? new AbsoluteLinks(site.Urls).Resolve(path, new Uri(url)) : null;
        string published = FeedDates.Rfc3339(post.Date);
        string? description = post.Description ?? NullIfEmpty(document.Get<string>(Modules.MetadataKeys.Excerpt));
        string posting = JsonLd.Serialize(JsonLd.BlogPosting(post.Title, description, url, published, image,
            post.Author?.Name, post.Author?.Url, site.Config.Title, site.Urls.BaseUrl, post.Tags, site.Config.Language));
        return Values(site, "article", image, published, post.Tags, [posting]);
    }

    /// <summary>The feeds every page announces; the podcast feed only when the podcast loaded (so its feed is written).</summary>
    public static List<Dictionary<string, object?>> Feeds(SiteContext site)
    {
        string title = site.Config.Title;
        var feeds = new List<Dictionary<string, object?>>
        {
            Feed($"{title} (RSS)", "application/rss+xml", site.Urls.Absolute(BlogFeedBuilder.RssPath)),
            Feed($"{title} (Atom)", "application/atom+xml", site.Urls.Absolute(BlogFeedBuilder.AtomPath)),
            Feed($"{title} (JSON Feed)", "application/feed+json", site.Urls.Absolute(BlogFeedBuilder.JsonPath)),
        };
        if (site.Podcast.Loaded)
            feeds.Add(Feed($"{title} – {site.Strings["podcast_feed_title"]}", "application/rss+xml", site.Urls.Absolute(PodcastFeedPath)));
        return feeds;
    }

    private static Dictionary<string, object?> Values(SiteContext site, string ogType, string? image, string? published,
        IReadOnlyList<string> tags, List<string> jsonLd) => new()
    {
        ["feeds"] = SiteValues.Of(site).Feeds(),
        ["site_name"] = site.Config.Title,
        ["locale"] = site.Config.Language == "en" ? "en_US" : "de_DE",
        ["og_type"] = ogType,
        ["image"] = image,
        ["twitter_card"] = image is null ? "summary" : "summary_large_image",
        ["published_time"] = published,
        ["tags"] = tags.ToList(),
        ["json_ld"] = jsonLd,
    };

    private static Dictionary<string, object?> Feed(string title, string type, string href) =>
        new() { ["title"] = title, ["type"] = type, ["href"] = href };

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
