namespace Sitecast.Podcast;

/// <summary>The podcast's page: the channel and its published episodes, newest first.</summary>
public sealed record PodcastPage(PodcastChannel Channel, IReadOnlyList<Episode> Episodes);
