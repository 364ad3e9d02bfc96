namespace Sitecast.Podcast;

/// <summary>A feed URL that gave no feed: no answer in time, an unknown host, an HTTP error.</summary>
public sealed class FeedUnavailableException(string message) : Exception(message);
