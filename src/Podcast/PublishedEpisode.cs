namespace Sitecast.Podcast;

/// <summary>An item of the feed a previous build published: what is needed to keep its GUID.</summary>
public sealed record PublishedEpisode(string Guid, string Title, string? Link, string? Integrity);
