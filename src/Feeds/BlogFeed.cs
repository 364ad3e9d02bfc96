namespace Sitecast.Feeds;

/// <summary>What the three blog feeds say, with every URL already absolute; the writers only format it.</summary>
public sealed record BlogFeed(
    string Title,
    string Description,
    string Language,
    string HomePageUrl,
    string RssUrl,
    string AtomUrl,
    string JsonUrl,
    DateTimeOffset Updated,
    IReadOnlyList<FeedEntry> Entries);
