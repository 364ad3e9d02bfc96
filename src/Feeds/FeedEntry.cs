namespace Sitecast.Feeds;

/// <summary>One post in a feed: absolute URL (also its id), dates, plain-text summary and full HTML content.</summary>
public sealed record FeedEntry(
    string Title,
    string Url,
    DateTimeOffset Published,
    string? Summary,
    string ContentHtml,
    IReadOnlyList<string> Tags,
    string? AuthorName,
    string? AuthorUrl,
    string? ImageUrl);
