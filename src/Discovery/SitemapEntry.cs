namespace Sitecast.Discovery;

/// <summary>
/// One page in the sitemap: its absolute URL, when known when it last changed, and on a site in several languages
/// its translations (hreflang, absolute URL), itself and x-default included.
/// </summary>
public sealed record SitemapEntry(string Url, DateTimeOffset? LastModified)
{
    public IReadOnlyList<(string Hreflang, string Href)> Alternates { get; init; } = [];
}
