namespace Sitecast.Discovery;

/// <summary>One page in the sitemap: its absolute URL and, when known, when it last changed.</summary>
public sealed record SitemapEntry(string Url, DateTimeOffset? LastModified);
