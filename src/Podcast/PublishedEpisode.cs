namespace Sitecast.Podcast;

/// <summary>
/// An episode podcast apps already know, from the record or a feed: what is needed to keep its GUID.
/// <paramref name="Origin"/> names where it was found, for messages. <paramref name="Live"/> is false for a recorded
/// episode whose date has not come yet: no app has seen it, so it may still vanish or change.
/// </summary>
public sealed record PublishedEpisode(string Guid, string Title, string? Link, string? Integrity, string Origin = "", bool Live = true);
