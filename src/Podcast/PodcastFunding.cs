namespace Sitecast.Podcast;

/// <summary>A podcast:funding link: where listeners can support the show.</summary>
public sealed class PodcastFunding
{
    public string Url { get; set; } = "";
    public string Text { get; set; } = "";
}
